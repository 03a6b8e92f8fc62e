import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { candidateCsvRow, CANDIDATE_CSV_HEADER } from "@/lib/candidates/csv-export";
import { csvResponseStream } from "@/lib/csv";
import { addApplication, addCandidate, addJob, fixtureJob, viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { EXPORT_BATCH, exportCandidates } from "./export-candidates";

const db = setupTestDatabase();

type Org = Awaited<ReturnType<typeof createIsolatedOrganization>>;
const actor = (org: Org, role: s.MemberRole) => ({ ...viewerOf(org, role), email: `${role}@example.com` });

async function collect(batches: AsyncIterable<unknown[]>) {
  const sizes: number[] = [];
  const rows: unknown[] = [];
  for await (const batch of batches) {
    sizes.push(batch.length);
    rows.push(...batch);
  }
  return { sizes, rows };
}

describe("candidate CSV export", () => {
  it("reads every candidate in keyset batches, newest application first, and records the export", async () => {
    const org = await createIsolatedOrganization(db());
    const job = fixtureJob(org);
    const count = EXPORT_BATCH + 20;
    // Set-based seeding: one candidate and one application per row, a minute apart.
    await db().execute(sql`
      with c as (
        insert into candidates (organization_id, email, name)
        select ${org.organization.id}::uuid, 'person' || n || '@example.com', 'Person ' || n from generate_series(1, ${count}) n
        returning id, name
      )
      insert into applications (organization_id, job_id, candidate_id, stage_id, created_at)
      select ${org.organization.id}::uuid, ${job.id}::uuid, c.id, ${job.stages.applied}::uuid,
        now() - (substring(c.name from 8)::int * interval '1 minute') from c`);
    const { sizes, rows } = await collect(await exportCandidates(actor(org, "recruiter"), {}));
    expect(sizes).toEqual([EXPORT_BATCH, 20]);
    const names = (rows as { name: string }[]).map((row) => row.name);
    expect(names[0]).toBe("Person 1");
    expect(names.at(-1)).toBe(`Person ${count}`);
    expect(new Set(names).size).toBe(count);
    const audit = await db()
      .select({ details: s.auditEvents.details })
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.organizationId, org.organization.id), eq(s.auditEvents.action, "candidates.exported")));
    expect(audit).toHaveLength(1);
  });

  it("exports what the search shows: the filters, the text, and a hiring manager's own jobs only", async () => {
    const org = await createIsolatedOrganization(db());
    const theirs = await addJob(db(), org, { title: "Team job", team: ["hiring_manager"] });
    const ada = await addCandidate(db(), org, { name: "Ada Lovelace", phone: "+44 1" });
    const grace = await addCandidate(db(), org, { name: "Grace Hopper" });
    await addApplication(db(), org, ada, theirs, { stage: "screen" });
    await addApplication(db(), org, ada, fixtureJob(org));
    await addApplication(db(), org, grace, fixtureJob(org));

    const manager = await collect(await exportCandidates(actor(org, "hiring_manager"), {}));
    expect(manager.rows).toMatchObject([{ name: "Ada Lovelace", job_title: "Team job", stage_name: "Screen" }]);
    const filtered = await collect(await exportCandidates(actor(org, "recruiter"), { q: "Grace" }));
    expect(filtered.rows).toMatchObject([{ name: "Grace Hopper" }]);
    const byStage = await collect(await exportCandidates(actor(org, "admin"), { stage: "screen" }));
    // Ada matches through her screen application; every visible application of hers is exported.
    expect((byStage.rows as { name: string }[]).map((row) => row.name)).toEqual(["Ada Lovelace", "Ada Lovelace"]);
    await expect(exportCandidates(actor(org, "interviewer"), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("writes a byte-order mark, the header, and neutralises a cell a spreadsheet would run", async () => {
    const org = await createIsolatedOrganization(db());
    const id = await addCandidate(db(), org, { name: "=cmd|' /C calc'!A0", email: "evil@example.com" });
    await addApplication(db(), org, id, fixtureJob(org));
    const stream = csvResponseStream(CANDIDATE_CSV_HEADER, await exportCandidates(actor(org, "recruiter"), {}), candidateCsvRow, { bom: true });
    const text = await new Response(stream).text();
    const bytes = new Uint8Array(await new Response(csvResponseStream(["a"], (async function* () {})(), () => [], { bom: true })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe("Candidate ID,Name,Email,Phone,Location,Job,Stage,Status,Source,Applied at");
    expect(row).toContain(`${id},'=cmd|' /C calc'!A0,evil@example.com`);
  });
});
