// Runs npm scripts at the same time and fails if any of them fails: `node scripts/run-parallel.mjs lint typecheck`.
// npm test runs lint and typecheck side by side (after `next typegen`, so neither reads route types being
// written): each keeps one core busy, and CI has two. Then Vitest and `next build` side by side: Vitest
// waits on Postgres for about half its time, and the build fills it (CI: 121 s together, ~200 s one after
// the other). Last, the servers' tests (two servers, first run, quick start), which mostly wait on servers
// starting, beside the embedded database's suite (about half a minute less than one after the other).
// Each line of output is prefixed with its script's name, so that two reports running together stay readable.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const scripts = process.argv.slice(2);
const width = Math.max(...scripts.map((script) => script.length));
const codes = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn("npm", ["run", "--silent", script], { stdio: ["inherit", "pipe", "pipe"] });
        const prefix = `[${script.padEnd(width)}] `;
        for (const [from, to] of [
          [child.stdout, process.stdout],
          [child.stderr, process.stderr],
        ]) {
          createInterface({ input: from, crlfDelay: Infinity }).on("line", (line) => to.write(prefix + line + "\n"));
        }
        child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
for (const [index, code] of codes.entries()) if (code !== 0) console.error(`npm run ${scripts[index]} failed (exit ${code})`);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
