// Importing a 1 MB text posting must take under 500 ms (issue 17): prints the time readPosting takes to
// read one (and a 1 MB Markdown one), over RUNS runs after two warm-ups. No server or database is needed.
//   node bench/import.mjs            RUNS=20 node bench/import.mjs
import { spawn } from "node:child_process";

const child = spawn("npx", ["tsx", "--conditions=react-server", "bench/import-timer.mts"], { stdio: "inherit", env: process.env });
child.on("exit", (code) => process.exit(code ?? 1));
