// Loaded by bench/import.mjs through tsx: times the import's reading of a 1 MB posting (decode, repair,
// clean, structure, title, facts), the work done per import before the database.
import { performance } from "node:perf_hooks";
import { readPosting } from "@/server/jobs/read-posting";

const MB = 1024 * 1024;
const runs = Number(process.env.RUNS ?? 10);

/** A long, varied posting: sections, bullets, emoji, pay in prose, and a little mojibake, repeated to 1 MB. */
function posting(kind: "text" | "markdown"): string {
  const heading = (text: string) => (kind === "markdown" ? `## ${text}` : `${text}:`);
  const head = kind === "markdown" ? "# Senior Platform Engineer\n\n" : "Senior Platform Engineer\nLocation: Remote (US)\n\n";
  const parts = [head];
  let bytes = Buffer.byteLength(head);
  for (let i = 0; bytes < MB - 600; i++) {
    const part = [
      heading(`Team ${i} responsibilities`),
      `• Run service ${i} and its pipelines, weâ€™re on call one week in six`,
      `• Keep latency under ${i % 100} ms — measured at the 99th percentile`,
      `1. Review ${i} designs a quarter`,
      `🚀 Ship weekly, with care for the people who use it (team ${i}).`,
      "",
      `The base salary range is $${95 + (i % 10)},000 - $${125 + (i % 10)},000. We hire anywhere in the US; #LI-Remote.`,
      "",
    ].join("\n");
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  return parts.join("");
}

for (const kind of ["text", "markdown"] as const) {
  const text = posting(kind);
  const file = new File([text], kind === "text" ? "posting.txt" : "posting.md");
  const times: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const start = performance.now();
    const parsed = await readPosting({ file });
    const elapsed = performance.now() - start;
    if (run >= 2) times.push(elapsed); // the first two warm the JIT
    if (!parsed.title) throw new Error("no title");
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `import of a ${(file.size / MB).toFixed(2)} MB ${kind} posting: median ${median.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over ${runs} runs (target < 500 ms)`,
  );
}
process.exit(0);
