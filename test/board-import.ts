import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { db } from "@/db/client";
import type { IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { JobEditor } from "@/server/jobs/managed-job";
import { recordedBoards, startBoardServer, type BoardServer, type Route } from "./board-server";

// What the board import's integration tests share (server/jobs/import-board*.test.ts).

/**
 * Call once at the top of a test file: one local server plays both services, answering the recorded
 * boards; `withOverride` puts a test's own answers in front of them while it runs.
 */
export function setupBoardServer() {
  let server: BoardServer | undefined;
  let override: Route | undefined;
  beforeAll(async () => {
    server = await startBoardServer((url) => override?.(url) ?? recordedBoards(url));
  });
  afterAll(() => server?.close());
  return {
    get server(): BoardServer {
      if (!server) throw new Error("the board server starts in beforeAll");
      return server;
    },
    async withOverride<T>(route: Route, run: () => Promise<T>): Promise<T> {
      override = route;
      try {
        return await run();
      } finally {
        override = undefined;
      }
    },
  };
}

/** A member of the organisation with `role`, as the import's use case sees them. */
export const boardEditor = (org: IsolatedOrganization, role: s.MemberRole = "recruiter"): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users[role].id,
  role,
});

/** The organisation's jobs other than the fixture's own open job, oldest first. */
export async function importedJobs(org: IsolatedOrganization) {
  const jobs = await db().select().from(s.jobs).where(eq(s.jobs.organizationId, org.organization.id)).orderBy(asc(s.jobs.createdAt), asc(s.jobs.publicId));
  return jobs.filter((job) => job.id !== org.job.id);
}

/** The AppError the promise is refused with (it must be one). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
