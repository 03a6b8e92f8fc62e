// The production server as `npm start` runs it, for benchmarks that start their own: the same Node flags
// (package.json's start script, e.g. the heap cap), so a figure measures what people deploy.
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const startScript = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
/** Node's own options in the start script (the words before the script path that start with "--"). */
export const startNodeFlags = startScript.split(/\s+/).filter((word) => word.startsWith("--"));

/** Arguments for `spawn(process.execPath, …)` that start the production server (server.mjs) on 127.0.0.1 (or `host`) and `port`. */
export function nextStartArgs(port, host = "127.0.0.1", extraNodeFlags = []) {
  return [...startNodeFlags, ...extraNodeFlags, path.join(root, "server.mjs"), "-p", String(port), "-H", host];
}
