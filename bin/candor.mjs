#!/usr/bin/env node
// `npx candor <command>` in a Candor checkout (package.json "bin"). Runs scripts/candor.ts with tsx in
// the checkout's folder, under the "react-server" export condition: the use cases are marked server-only,
// and this is how they load outside Next. See `npx candor help`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const child = spawn(process.execPath, ["--conditions=react-server", "--import", tsx, path.join(root, "scripts", "candor.ts"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
