// CPU time read from Linux /proc (clock ticks are 10 ms there): the steadier figure on a shared
// machine, where requests per second and latency move with whatever else runs.
import { readdirSync, readFileSync } from "node:fs";

function ticks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** User + system CPU time of one process in milliseconds; undefined when it can't be read. */
export function cpuMs(pid) {
  if (!pid) return undefined;
  try {
    return ticks(pid) * 10;
  } catch {
    return undefined;
  }
}

/** User + system CPU time of every running Postgres server process, in milliseconds (0 if none is local). */
export function postgresCpuMs() {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") total += ticks(entry) * 10;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}
