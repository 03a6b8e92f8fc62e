import { z } from "zod";
import type { PublicJob, PublicOrganization } from "@/lib/careers/public-types";
import { env } from "@/lib/env";
import { markdownToText, renderMarkdown } from "@/lib/markdown";

/**
 * One organisation's open jobs, prepared once for both public APIs and kept in the public cache
 * (server/cache). Dates are ISO strings, as the APIs print them. Internal ids stay out, so a cached board
 * outliving its database (a reset demo) can never point at rows that are not there.
 */
export type Board = {
  organization: { slug: string; name: string };
  jobs: BoardJob[];
};

type Dates = "publishedAt" | "closesAt" | "createdAt" | "updatedAt";

export type BoardJob = Omit<PublicJob, "id" | "status" | "descriptionMd" | Dates> & {
  descriptionHtml: string;
  descriptionText: string;
  publishedAt: string | null;
  closesAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What the API shapes need to know about the board besides a job. */
export type BoardContext = { appUrl: string; organization: Board["organization"] };

export function boardContext(board: Board): BoardContext {
  return { appUrl: env().APP_URL, organization: board.organization };
}

function without<T extends object, K extends keyof T>(value: T, keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

export function toBoard(organization: Pick<PublicOrganization, "slug" | "name">, jobs: PublicJob[]): Board {
  return {
    organization: { slug: organization.slug, name: organization.name },
    jobs: jobs.map((job) => ({
      ...without(job, ["id", "status", "descriptionMd"]),
      descriptionHtml: renderMarkdown(job.descriptionMd),
      descriptionText: markdownToText(job.descriptionMd),
      publishedAt: job.publishedAt?.toISOString() ?? null,
      closesAt: job.closesAt?.toISOString() ?? null,
      createdAt: job.createdAt.toISOString(),
      updatedAt: job.updatedAt.toISOString(),
    })),
  };
}

/**
 * The board's jobs that still take applications. The cached board can be older than a closing date
 * (nothing writes when a date passes), so the date is checked again on every read.
 */
export function openJobs(board: Board, now = new Date()): BoardJob[] {
  return board.jobs.filter((job) => job.closesAt === null || new Date(job.closesAt) > now);
}

const MAX_PUBLIC_ID = 2_147_483_647; // the column is a Postgres integer

/** A job's public number from a URL segment; null for anything else (which is then simply not found). */
export function parsePublicId(segment: string): number | null {
  const parsed = z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .transform(Number)
    .refine((id) => id <= MAX_PUBLIC_ID)
    .safeParse(segment);
  return parsed.success ? parsed.data : null;
}

export function findBoardJob(board: Board, publicId: number): BoardJob | null {
  return openJobs(board).find((job) => job.publicId === publicId) ?? null;
}

/** The careers posting page, where a candidate reads the job and applies. */
export function postingUrl(appUrl: string, orgSlug: string, jobSlug: string): string {
  return `${appUrl}/careers/${encodeURIComponent(orgSlug)}/${encodeURIComponent(jobSlug)}`;
}

/** What the public APIs call the job's location; a remote job without one is "Remote". */
export function locationName(job: Pick<BoardJob, "location" | "workplaceType">): string {
  return job.location ?? (job.workplaceType === "remote" ? "Remote" : "");
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text (or HTML to be shown as text) made safe to place in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}
