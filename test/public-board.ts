import type { PublicJob, PublicQuestion } from "@/db/queries/careers";
import { type BoardContext, type BoardJob, toBoard } from "@/lib/public-api/board";

export const organization = { slug: "acme", name: "Acme & Sons" };
export const context: BoardContext = { appUrl: "https://jobs.example.com", organization };

/** A job row as db/queries/careers returns it: open, published, with a pay range. */
export function publicJob(overrides: Partial<PublicJob> = {}): PublicJob {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    publicId: 42,
    status: "open",
    title: "Senior Backend Engineer",
    slug: "senior-backend-engineer",
    employmentType: "full_time",
    workplaceType: "remote",
    location: "Remote (Europe)",
    department: "Engineering",
    descriptionMd: '## What you\'ll do\n- Ship "things" & <b>more</b>',
    payCurrency: "EUR",
    payMin: 85_000,
    payMax: 110_000,
    payPeriod: "year",
    createdAt: new Date("2025-02-20T08:00:00Z"),
    publishedAt: new Date("2025-03-01T09:30:00.123Z"),
    updatedAt: new Date("2025-03-02T10:15:30.999Z"),
    closesAt: null,
    ...overrides,
  };
}

/** The same job as the cached board holds it (through JSON, as the cache stores it). */
export function boardJob(overrides: Partial<PublicJob> = {}): BoardJob {
  const board = JSON.parse(JSON.stringify(toBoard(organization, [publicJob(overrides)]))) as ReturnType<typeof toBoard>;
  return board.jobs[0]!;
}

export function question(overrides: Partial<PublicQuestion> = {}): PublicQuestion {
  return {
    id: "00000000-0000-4000-8000-0000000000b1",
    label: "Why us?",
    helpText: null,
    type: "long_text",
    options: [],
    required: true,
    ...overrides,
  };
}
