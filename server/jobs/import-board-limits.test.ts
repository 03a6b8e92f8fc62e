import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { boardEditor as member, importedJobs, refusal, setupBoardServer } from "@/test/board-import";
import { apisOn, fixture, GREENHOUSE_BOARD, LEVER_SITE } from "@/test/board-server";
import { setupTestDatabase } from "@/test/database";
import { importBoard, MAX_CONCURRENT_IMPORTS } from "./import-board";
import { BOARD_LIMITS } from "./read-board";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

// Boards at and past the import's limits, hostile or only large: what comes over, and what is refused.

const db = setupTestDatabase();
const boards = setupBoardServer();
const { withOverride } = boards;

describe("boards real and hostile that an import gets through", () => {
  it("a job whose description is HTML nested 18,000 levels deep comes over with its text; the others with it", async () => {
    const org = await createIsolatedOrganization(db());
    // 100 KB of <div>s: the HTML parser took seconds over it, then Turndown overflowed the stack and
    // failed the whole import with "Something went wrong".
    const deep = `${"<div>".repeat(18_000)}Design the booking flow.${"</div>".repeat(1_000)}`;
    const summary = await withOverride(
      (url) => (url.pathname === "/greenhouse/fernweh/jobs/4012346008" ? { json: { ...(fixture("greenhouse/job-4012346008.json") as object), content: deep } } : undefined),
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(boards.server)),
    );
    expect(summary.skipped).toEqual([]);
    expect(summary.created.map((job) => job.title)).toEqual(["Senior Backend Engineer", "Product Designer (Hybrid)", "Customer Support Specialist"]);
    const designer = (await importedJobs(org)).find((job) => job.title === "Product Designer (Hybrid)")!;
    expect(designer.descriptionMd.trim()).toBe("Design the booking flow.");
  });

  it("jobs titled in Japanese, Russian or Arabic become drafts, at an address of their own", async () => {
    const org = await createIsolatedOrganization(db());
    const titles: Record<string, string> = { "4012345008": "バックエンドエンジニア", "4012346008": "Дизайнер продукта", "4012347008": "أخصائي دعم العملاء" };
    const summary = await withOverride(
      (url) => {
        const id = /^\/greenhouse\/fernweh\/jobs\/(\d+)$/.exec(url.pathname)?.[1];
        return id ? { json: { ...(fixture(`greenhouse/job-${id}.json`) as object), title: titles[id] } } : undefined;
      },
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(boards.server)),
    );
    // They were all skipped with "slug: Enter an address for the posting, like senior-engineer."
    expect(summary.skipped).toEqual([]);
    const jobs = await importedJobs(org);
    expect(jobs.map((job) => [job.title, job.slug])).toEqual([
      ["バックエンドエンジニア", "posting"],
      ["Дизайнер продукта", "posting-2"],
      ["أخصائي دعم العملاء", "posting-3"],
    ]);
  });

  it("a job whose address is taken a thousand times over gets the next free one", async () => {
    const org = await createIsolatedOrganization(db());
    // A chain of stores posts one "Store Associate" job per store: 999 of them are here already.
    await db()
      .insert(s.jobs)
      .values(Array.from({ length: 999 }, (_, i) => ({ organizationId: org.organization.id, title: "Store Associate", slug: i === 0 ? "store-associate" : `store-associate-${i + 1}` })));
    const posting = { id: "store-1000", text: "Store Associate", categories: { commitment: "Part-time", location: "Calgary, AB" }, description: "<div>Help our customers.</div>" };
    const summary = await withOverride(
      (url) => (url.pathname === "/lever/stores" ? { json: [posting] } : undefined),
      () => importBoard(member(org), { provider: "lever", board: "stores" }, apisOn(boards.server)),
    );
    // It failed, and every import of the site after it: "That address is already used by another job…".
    expect(summary.created).toHaveLength(1);
    const [job] = await db().select().from(s.jobs).where(eq(s.jobs.id, summary.created[0]!.id));
    expect(job!.slug).toBe("store-associate-1000");
  });

  it("a list of millions of entries is refused at once, without reading each", async () => {
    const org = await createIsolatedOrganization(db());
    // 10 MB of `0,`: read entry by entry it took 13 s and ran a server with npm start's 512 MB heap out of memory.
    const junk = `[${"0,".repeat(5_000_000 - 1)}0]`;
    const started = performance.now();
    const error = await withOverride(
      (url) => (url.pathname === "/lever/junk" ? { body: junk, contentType: "application/json" } : undefined),
      () => refusal(importBoard(member(org), { provider: "lever", board: "junk" }, apisOn(boards.server))),
    );
    expect(error.message).toBe("Lever's answer lists 5,000,000 jobs; Candor reads a board of at most 10,000. Nothing was imported.");
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await importedJobs(org)).toEqual([]);
  });
});

describe("a board whose jobs are each as large as Candor reads", () => {
  it("is imported in parts that fit in memory, the rest left for the next import, none lost", async () => {
    const org = await createIsolatedOrganization(db());
    // 2 MB of questions per job, as many as the answer may hold: about 6 MB of memory each once read, so
    // 100 of them ran a server with npm start's 512 MB heap out of memory before anything was written.
    const options = (q: number) => Array.from({ length: 50 }, (_, i) => ({ label: `Option ${q}.${i} ${"o".repeat(40)}`, value: i }));
    const questions = Array.from({ length: 500 }, (_, q) => ({
      label: `Question ${q} ${"q".repeat(180)}`,
      required: false,
      fields: [{ name: `question_${q}`, type: "multi_value_multi_select", values: options(q) }],
    }));
    const base = fixture("greenhouse/job-4012346008.json") as Record<string, unknown>;
    const ids = Array.from({ length: 24 }, (_, n) => 4013000008 + n * 1000);
    const list = { jobs: ids.map((id, n) => ({ ...base, questions: undefined, id, title: `Designer ${n + 1}` })), meta: { total: ids.length } };
    const answers = new Map(ids.map((id, n) => [`/greenhouse/huge/jobs/${id}`, { json: { ...base, id, title: `Designer ${n + 1}`, questions } }]));
    expect(JSON.stringify(answers.values().next().value!.json).length).toBeLessThan(BOARD_LIMITS.maxJobBytes);
    const run = () =>
      withOverride(
        (url) => (url.pathname === "/greenhouse/huge/jobs" ? { json: list } : answers.get(url.pathname)),
        () => importBoard(member(org), { provider: "greenhouse", board: "huge" }, apisOn(boards.server)),
      );
    const first = await run();
    expect(first.created.length).toBeGreaterThan(0);
    expect(first.created.length).toBeLessThan(ids.length);
    expect(first.created.length + first.leftForLater).toBe(ids.length);
    const second = await run();
    expect(second.alreadyImported).toBe(first.created.length);
    expect(first.created.length + second.created.length).toBe(ids.length);
    expect(second.leftForLater).toBe(0);
    expect((await importedJobs(org)).map((job) => job.title)).toEqual(ids.map((_, n) => `Designer ${n + 1}`));
  }, 120_000);
});

describe("imports at the same moment", () => {
  it(`past ${MAX_CONCURRENT_IMPORTS} running in this process, another is refused at once; once they end, an import runs again`, async () => {
    const org = await createIsolatedOrganization(db());
    const timeoutMs = BOARD_LIMITS.timeoutMs;
    BOARD_LIMITS.timeoutMs = 1500;
    try {
      // Boards that never answer hold their imports open; each import may hold tens of megabytes.
      const held = await withOverride(
        (url) => (url.pathname.startsWith("/lever/slow-") ? { hang: true } : undefined),
        async () => {
          const running = Array.from({ length: MAX_CONCURRENT_IMPORTS }, (_, n) => refusal(importBoard(member(org), { provider: "lever", board: `slow-${n}` }, apisOn(boards.server))));
          const started = performance.now();
          const extra = await refusal(importBoard(member(org, "admin"), { provider: "lever", board: LEVER_SITE }, apisOn(boards.server)));
          expect(extra.code).toBe("RATE_LIMITED");
          expect(extra.message).toBe("Candor is importing other boards just now. Nothing was imported: try again in a minute.");
          expect(performance.now() - started).toBeLessThan(500);
          return Promise.all(running);
        },
      );
      expect(held.map((error) => error.message)).toEqual(Array(MAX_CONCURRENT_IMPORTS).fill("Lever took too long to answer. Nothing was imported. Try again in a moment."));
    } finally {
      BOARD_LIMITS.timeoutMs = timeoutMs;
    }
    expect((await importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(boards.server))).created).toHaveLength(3);
  });
});
