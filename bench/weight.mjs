#!/usr/bin/env node
// What a first visit to each public page costs a phone's connection (issue 18): the JavaScript and the
// total bytes transferred (compressed, as sent), loading the careers list, a posting and the apply form
// each in a fresh Chromium context (nothing cached), until the network is idle.
//
//   node bench/weight.mjs --url http://127.0.0.1:3211      (a production server you started: build first)
//   node bench/weight.mjs --start --port 3211              (starts and stops `npm start`'s server itself)
//
// Targets: at most 30 KB of JavaScript for the careers list and the posting, 60 KB for the apply form.
// Chromium: /usr/bin/chromium-headless-shell (CHROMIUM_PATH to change). Only 127.0.0.1 is accepted.
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { serverOptions, withBenchServer } from "./production-server.mjs";
import { weightPages } from "./weight-pages.mjs";

const { values: options } = parseArgs({ options: serverOptions(3212) });

const KB = 1024;

/** Bytes on the wire per resource type for one fresh visit to `url`. */
async function weigh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send("Network.enable");
  const types = new Map();
  const bytes = new Map();
  client.on("Network.responseReceived", ({ requestId, type }) => types.set(requestId, type));
  client.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => bytes.set(requestId, encodedDataLength));
  const response = await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  await context.close();
  let script = 0;
  let total = 0;
  for (const [requestId, length] of bytes) {
    total += length;
    if (types.get(requestId) === "Script") script += length;
  }
  return { script, total, requests: bytes.size };
}

await withBenchServer("bench/weight", options, async (baseUrl) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  let allMet = true;
  console.log("page            JavaScript (target)        total   requests   verdict");
  try {
    for (const target of weightPages) {
      const { script, total, requests } = await weigh(browser, new URL(target.path, baseUrl).href);
      const met = script <= target.maxScript;
      allMet &&= met;
      console.log(
        `${target.name.padEnd(14)} ${`${(script / KB).toFixed(1)} KB`.padStart(9)} (≤ ${target.maxScript / KB} KB) ${`${(total / KB).toFixed(1)} KB`.padStart(12)} ${String(requests).padStart(10)}   ${met ? "met" : "NOT met"}`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log(`\nTargets (transferred JavaScript): ${allMet ? "met" : "NOT met"}`);
  return allMet;
});
