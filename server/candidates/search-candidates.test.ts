import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { excerptParts } from "@/lib/candidates/search-terms";
import type { CandidateSearch } from "@/lib/validation/candidate-search";
import { addApplication, addCandidate, addJob, fixtureJob, viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { searchCandidates } from "./search-candidates";
import { findPossibleDuplicates } from "./find-possible-duplicates";

const db = setupTestDatabase();

const search = (q?: string, filters: Omit<CandidateSearch, "page" | "q"> = {}): CandidateSearch => ({ q, page: 1, ...filters });
const names = (result: Awaited<ReturnType<typeof searchCandidates>>) => result.rows.map((row) => row.name);

/** An organisation with a few distinct people, each applied to the fixture's job. */
async function peopleOrg() {
  const org = await createIsolatedOrganization(db());
  const job = fixtureJob(org);
  const people = {
    katherine: await addCandidate(db(), org, { name: "Katherine Johansson", phone: "+44 20 7946 0958", resume: "Mathematician. Orbital mechanics and FORTRAN." }),
    rustResume: await addCandidate(db(), org, { name: "Bob Meyer", resume: "I mentored Katherine on Kubernetes operators and Haskell compilers." }),
    priya: await addCandidate(db(), org, { name: "Priya Raman", email: "priya.raman@example.org", resume: "Product designer; Figma, user research." }),
  };
  for (const id of Object.values(people)) await addApplication(db(), org, id, job);
  return { org, job, people };
}

describe("candidate search", () => {
  it("ranks a name match above a candidate whose resume only mentions the name", async () => {
    const { org } = await peopleOrg();
    const result = await searchCandidates(viewerOf(org, "recruiter"), search("Katherine"));
    expect(names(result)).toEqual(["Katherine Johansson", "Bob Meyer"]);
    expect(result.total).toBe(2);
    expect(result.rows[0]!.matchedOn).toContain("name");
    expect(result.rows[1]!.matchedOn).toEqual([]);
    const excerpt = excerptParts(result.rows[1]!.resumeExcerpt ?? "");
    expect(excerpt.filter((part) => part.match).map((part) => part.text)).toEqual(["Katherine"]);
  });

  it("finds a misspelt name through trigram similarity", async () => {
    const { org } = await peopleOrg();
    expect(names(await searchCandidates(viewerOf(org, "recruiter"), search("Katharine Johanson")))).toContain("Katherine Johansson");
    expect(names(await searchCandidates(viewerOf(org, "recruiter"), search("Johanssen")))).toEqual(["Katherine Johansson"]);
  });

  it("finds a phone number by a fragment or its digits, and an email by its start", async () => {
    const { org } = await peopleOrg();
    const recruiter = viewerOf(org, "recruiter");
    const byFragment = await searchCandidates(recruiter, search("7946 0958"));
    expect(names(byFragment)).toEqual(["Katherine Johansson"]);
    expect(byFragment.rows[0]!.matchedOn).toEqual(["phone"]);
    expect(names(await searchCandidates(recruiter, search("+442079460958")))).toEqual(["Katherine Johansson"]);
    const byEmail = await searchCandidates(recruiter, search("priya.raman@example.org"));
    expect(names(byEmail)).toEqual(["Priya Raman"]);
    expect(byEmail.rows[0]!.matchedOn).toContain("email");
    expect(names(await searchCandidates(recruiter, search("priya.ram")))).toEqual(["Priya Raman"]);
  });

  it("finds resume words, stemmed, with an excerpt that marks them", async () => {
    const { org } = await peopleOrg();
    const result = await searchCandidates(viewerOf(org, "recruiter"), search("compiler"));
    expect(names(result)).toEqual(["Bob Meyer"]);
    const marked = excerptParts(result.rows[0]!.resumeExcerpt ?? "").filter((part) => part.match);
    expect(marked.map((part) => part.text)).toEqual(["compilers"]);
    expect((await searchCandidates(viewerOf(org, "recruiter"), search("astrophysics"))).rows).toEqual([]);
  });

  it("filters by job, stage, status and applied date, and lists each candidate once", async () => {
    const { org, job, people } = await peopleOrg();
    const recruiter = viewerOf(org, "recruiter");
    const other = await addJob(db(), org, { title: "Platform Engineer" });
    await addApplication(db(), org, people.priya, other, { stage: "interview", createdAt: new Date("2024-03-10T12:00:00Z") });
    await addApplication(db(), org, people.katherine, other, { stage: "applied", status: "rejected", createdAt: new Date("2024-01-05T12:00:00Z") });

    expect(names(await searchCandidates(recruiter, search(undefined, { job: other.id }))).sort()).toEqual(["Katherine Johansson", "Priya Raman"]);
    expect(names(await searchCandidates(recruiter, search(undefined, { stage: "interview" })))).toEqual(["Priya Raman"]);
    expect(names(await searchCandidates(recruiter, search(undefined, { status: "rejected" })))).toEqual(["Katherine Johansson"]);
    expect(names(await searchCandidates(recruiter, search(undefined, { from: "2024-03-01", to: "2024-03-10" })))).toEqual(["Priya Raman"]);
    expect(names(await searchCandidates(recruiter, search(undefined, { to: "2024-02-01" })))).toEqual(["Katherine Johansson"]);
    // Filters and text together: Katherine's rejected application is on the other job, not the fixture's.
    expect(await searchCandidates(recruiter, search("Katherine", { job: job.id, status: "rejected" }))).toMatchObject({ rows: [], total: 0 });

    const all = await searchCandidates(recruiter, search());
    expect(all.total).toBe(3);
    const priya = all.rows.find((row) => row.name === "Priya Raman")!;
    expect(priya.applications.map((a) => a.jobTitle).sort()).toEqual(["Platform Engineer", job.title].sort());
  });

  it("pages through results", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 27 });
    const recruiter = viewerOf(org, "recruiter");
    const first = await searchCandidates(recruiter, search("Postgres"));
    const second = await searchCandidates(recruiter, { q: "Postgres", page: 2 });
    expect(first.total).toBe(27);
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(27);
  });

  it("never shows another organisation's candidates", async () => {
    const { org } = await peopleOrg();
    const other = await createIsolatedOrganization(db());
    await addApplication(db(), other, await addCandidate(db(), other, { name: "Katherine Johansson" }), fixtureJob(other));
    const result = await searchCandidates(viewerOf(other, "admin"), search("Katherine"));
    expect(result.total).toBe(1);
    expect(await searchCandidates(viewerOf(org, "admin"), search("Katherine"))).toMatchObject({ total: 2 });
  });

  it("shows hiring managers and interviewers only candidates of their teams' jobs", async () => {
    const { org } = await peopleOrg(); // the fixture's job has no team
    const teamJob = await addJob(db(), org, { team: ["interviewer"] });
    const dana = await addCandidate(db(), org, { name: "Dana Katherine Scully" });
    await addApplication(db(), org, dana, teamJob);

    expect(names(await searchCandidates(viewerOf(org, "interviewer"), search("Katherine")))).toEqual(["Dana Katherine Scully"]);
    expect(await searchCandidates(viewerOf(org, "hiring_manager"), search("Katherine"))).toMatchObject({ rows: [], total: 0 });
    expect(await searchCandidates(viewerOf(org, "hiring_manager"), search())).toMatchObject({ rows: [], total: 0 });
    // A resume word doesn't reach candidates off the team either.
    expect(await searchCandidates(viewerOf(org, "interviewer"), search("FORTRAN"))).toMatchObject({ rows: [], total: 0 });
  });

  it("never lets a name search reveal a candidate under anonymised review", async () => {
    const org = await createIsolatedOrganization(db());
    const anonymised = await addJob(db(), org, { anonymizedReview: true, team: ["hiring_manager"] });
    const open = await addJob(db(), org, { team: ["hiring_manager"] });
    const hidden = await addCandidate(db(), org, { name: "Hidden Hopper", resume: "COBOL pioneer" });
    await addApplication(db(), org, hidden, anonymised, { stage: "interview" });
    const atOffer = await addCandidate(db(), org, { name: "Offered Hopper" });
    await addApplication(db(), org, atOffer, anonymised, { stage: "offer" });
    const revealed = await addCandidate(db(), org, { name: "Revealed Hopper" });
    await addApplication(db(), org, revealed, anonymised, { identityRevealedAt: new Date() });
    const both = await addCandidate(db(), org, { name: "Both Hopper" });
    await addApplication(db(), org, both, anonymised);
    await addApplication(db(), org, both, open);

    const manager = viewerOf(org, "hiring_manager");
    expect(names(await searchCandidates(manager, search("Hopper"))).sort()).toEqual(["Both Hopper", "Offered Hopper", "Revealed Hopper"]);
    expect(await searchCandidates(manager, search("COBOL"))).toMatchObject({ rows: [], total: 0 });
    // Filtering by the anonymised job must not tie "Both Hopper" to it.
    expect(names(await searchCandidates(manager, search("Hopper", { job: anonymised.id }))).sort()).toEqual(["Offered Hopper", "Revealed Hopper"]);
    const bothRow = (await searchCandidates(manager, search("Both Hopper"))).rows[0]!;
    expect(bothRow.applications.map((a) => a.jobTitle)).toEqual([open.title]);
    // Recruiters see everyone.
    expect((await searchCandidates(viewerOf(org, "recruiter"), search("Hopper"))).total).toBe(4);
  });
});

describe("possible duplicates", () => {
  it("finds the same phone number and very similar names under another email, for recruiters only", async () => {
    const org = await createIsolatedOrganization(db());
    const jane = await addCandidate(db(), org, { name: "Jane Doe", email: "jane@example.com", phone: "+44 (0)20 7946 0001" });
    const samePhone = await addCandidate(db(), org, { name: "J. Smith", email: "js@example.com", phone: "+44 0 20-7946-0001" });
    const similar = await addCandidate(db(), org, { name: "Jane  Doe", email: "jane.doe@work.example" });
    await addCandidate(db(), org, { name: "John Dee", email: "john@example.com" });
    const elsewhere = await createIsolatedOrganization(db());
    await addCandidate(db(), elsewhere, { name: "Jane Doe", email: "jane@example.com", phone: "+44 (0)20 7946 0001" });

    const found = await findPossibleDuplicates(viewerOf(org, "recruiter"), jane);
    expect(found.map((d) => [d.id, d.reasons])).toEqual([
      [samePhone, ["same_phone"]],
      [similar, ["similar_name"]],
    ]);
    expect(await findPossibleDuplicates(viewerOf(org, "hiring_manager"), jane)).toEqual([]);
    expect(await findPossibleDuplicates(viewerOf(elsewhere, "admin"), jane)).toEqual([]);
  });
});
