#!/usr/bin/env node
// Pipeline board first load with 5,000 applications on one job, in Chromium: time from navigation to the
// board visible (every column heading and the first card of the largest column painted), median and p95.
// Target: < 1 s. The page ships ~30 cards per column and the counts, never all 5,000. Then
// bench/board-query.ts times the board's data alone (getBoard()) and counts its statements.
//
//   npx next build && node bench/board.mjs [--loads 15] [--port 3120]
//
// Creates and drops its own Postgres database (candor_bench_board on DATABASE_URL's server, default
// postgres://postgres@127.0.0.1:5432/postgres); starts and stops its own production server (server.mjs) by PID.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { BENCH_APPLICATIONS, chromium, percentile, signIn, startBench } from "./board-setup.mjs";

const { values: args } = parseArgs({ options: { loads: { type: "string", default: "15" }, port: { type: "string", default: "3120" } } });
const loads = Math.min(Number(args.loads), 100);

const { base, job, stop, databaseUrl } = await startBench({ name: "board", port: Number(args.port) });
const browser = await chromium();
try {
  const page = await browser.newPage();
  await signIn(page, base);
  const url = `${base}/jobs/${job.id}/pipeline`;
  const times = [];
  const firstBytes = [];
  const lastBytes = [];
  let bytes = 0;
  for (let i = 0; i <= loads; i++) {
    const started = performance.now();
    const response = await page.goto(url, { waitUntil: "commit" });
    await page.getByRole("region", { name: /^Applied\b/ }).getByRole("link").first().waitFor();
    await page.getByRole("region", { name: /^Hired\b/ }).waitFor();
    const elapsed = performance.now() - started;
    const navigation = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType("navigation");
      return { firstByte: entry.responseStart - entry.requestStart, lastByte: entry.responseEnd - entry.requestStart };
    });
    if (i > 0) {
      firstBytes.push(navigation.firstByte);
      lastBytes.push(navigation.lastByte);
    }
    if (i === 0) {
      bytes = (await response.body()).length;
      continue; // the first load warms the server's caches
    }
    times.push(elapsed);
  }
  const cards = await page.getByTestId("board-card").count();
  const counts = await page.getByRole("heading", { level: 3 }).allInnerTexts();
  console.log(`job with ${BENCH_APPLICATIONS} applications; cards shipped on first load: ${cards}; HTML ${Math.round(bytes / 1024)} KB`);
  console.log(`columns: ${counts.map((t) => t.replace(/\s+/g, " ")).join(" | ")}`);
  console.log(`board visible (ms) over ${times.length} loads: median ${percentile(times, 50).toFixed(0)}, p95 ${percentile(times, 95).toFixed(0)}, min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} (target < 1000)`);
  console.log(`server (ms): first byte median ${percentile(firstBytes, 50).toFixed(0)}, p95 ${percentile(firstBytes, 95).toFixed(0)}; whole streamed HTML median ${percentile(lastBytes, 50).toFixed(0)}, p95 ${percentile(lastBytes, 95).toFixed(0)}`);

  // The board's data alone, without HTTP, React or the browser: timed, and its statements counted, in its own process.
  spawnSync("npx", ["tsx", "--conditions", "react-server", "bench/board-query.ts", "50"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_JOB_ID: job.id },
    stdio: ["ignore", "inherit", "inherit"],
  });
} finally {
  await browser.close();
  await stop();
}
