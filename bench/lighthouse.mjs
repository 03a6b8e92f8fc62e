#!/usr/bin/env node
// Lighthouse's mobile performance score (its default: a mid-range phone on a slow 4G connection,
// simulated) for the careers list, a posting and the apply form (issue 18: each ≥ 95 on an idle
// machine). Scores move with the machine's load: run it when nothing else does, and more than once.
//
//   node bench/lighthouse.mjs --url http://127.0.0.1:3211      (a production server you started: build first)
//   node bench/lighthouse.mjs --start --port 3211              (starts and stops `npm start`'s server itself)
//
// Chromium: /usr/bin/chromium-headless-shell (CHROMIUM_PATH to change), driven by Lighthouse over the
// DevTools port given by --debug-port (3213). Only 127.0.0.1 is accepted.
import lighthouse from "lighthouse";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { serverOptions, withBenchServer } from "./production-server.mjs";
import { weightPages } from "./weight-pages.mjs";

const { values: options } = parseArgs({
  options: { ...serverOptions(3211), "debug-port": { type: "string", default: "3213" }, runs: { type: "string", default: "1" } },
});
const debugPort = Number(options["debug-port"]);
const runs = Number(options.runs);
if (!(runs >= 1 && runs <= 5)) {
  console.error("bench/lighthouse: --runs must be 1–5.");
  process.exit(2);
}

const MIN_SCORE = 95;

await withBenchServer("bench/lighthouse", options, async (baseUrl) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
    args: ["--no-sandbox", "--disable-gpu", `--remote-debugging-port=${debugPort}`, "--remote-debugging-address=127.0.0.1"],
  });
  try {
    let allMet = true;
    console.log("page            performance (median)   FCP      LCP      TBT      CLS     verdict");
    for (const target of weightPages) {
      const url = new URL(target.path, baseUrl).href;
      // Once unmeasured, so the server has rendered and stored the page, as it has for every visitor but the first.
      await fetch(url).then((response) => response.arrayBuffer());
      const results = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: debugPort, output: "json", logLevel: "error", onlyCategories: ["performance"] });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        results.push(result.lhr);
      }
      results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = results[Math.floor(results.length / 2)];
      const score = Math.round(lhr.categories.performance.score * 100);
      const audit = (id) => lhr.audits[id]?.displayValue ?? "n/a";
      const met = score >= MIN_SCORE;
      allMet &&= met;
      console.log(
        `${target.name.padEnd(14)} ${String(score).padStart(12)}          ${audit("first-contentful-paint").padEnd(8)} ${audit("largest-contentful-paint").padEnd(8)} ${audit("total-blocking-time").padEnd(8)} ${audit("cumulative-layout-shift").padEnd(7)} ${met ? "met" : "NOT met"}`,
      );
    }
    console.log(`\nTarget (mobile performance ≥ ${MIN_SCORE}): ${allMet ? "met" : "NOT met"}`);
    return allMet;
  } finally {
    await browser.close();
  }
});
