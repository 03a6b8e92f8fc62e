// Helper of bench/search.mjs: times the real searchCandidates() over the queries it is given and prints
// JSON. Run with `tsx --conditions=react-server` so the server-only guard lets it load.
import { performance } from "node:perf_hooks";
import { databaseHandle } from "@/db/client";
import { searchCandidates } from "@/server/candidates/search-candidates";

const organizationId = process.env.BENCH_ORG!;
const queries = JSON.parse(process.env.BENCH_QUERIES!) as { kind: string; q: string }[];
const viewer = { organizationId, userId: "00000000-0000-0000-0000-000000000000", role: "recruiter" as const };

async function main() {
  for (const { q } of queries.slice(0, 20)) await searchCandidates(viewer, { q, page: 1 }); // warm the pool and caches

  const all: number[] = [];
  const byKind: Record<string, number[]> = {};
  for (const { kind, q } of queries) {
    const started = performance.now();
    await searchCandidates(viewer, { q, page: 1 });
    const ms = performance.now() - started;
    all.push(ms);
    (byKind[kind] ??= []).push(ms);
  }
  await databaseHandle().close();
  process.stdout.write(JSON.stringify({ all, byKind }));
}

void main();
