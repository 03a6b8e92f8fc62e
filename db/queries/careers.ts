import "server-only";
import { and, asc, eq, gt, isNull, or, sql, type AnyColumn } from "drizzle-orm";
import { db } from "../client";
import { preparedOnce } from "../prepared";
import type { PublicJob, PublicOrganization, PublicQuestion } from "@/lib/careers/public-types";
import { jobQuestions, jobStages, jobs, organizations } from "../schema";
import { logoSha256Column } from "./organization-profile";

export type { PublicJob, PublicOrganization, PublicQuestion };

// Public reads for careers pages, public APIs and the application form. No viewer: what is public is
// decided here, once: an organisation's jobs that are open and not past their closing date.

const publicOrganizationColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  website: organizations.website,
  logoUrl: organizations.logoUrl,
  logoSha256: logoSha256Column,
  settings: organizations.settings,
};

export async function getPublicOrganization(slug: string): Promise<PublicOrganization | null> {
  const [organization] = await db()
    .select(publicOrganizationColumns)
    .from(organizations)
    .where(eq(organizations.slug, slug))
    .limit(1);
  return organization ?? null;
}

const publicJobColumns = {
  id: jobs.id,
  publicId: jobs.publicId,
  slug: jobs.slug,
  title: jobs.title,
  department: jobs.department,
  location: jobs.location,
  workplaceType: jobs.workplaceType,
  employmentType: jobs.employmentType,
  descriptionMd: jobs.descriptionMd,
  payMin: jobs.payMin,
  payMax: jobs.payMax,
  payCurrency: jobs.payCurrency,
  payPeriod: jobs.payPeriod,
  status: jobs.status,
  publishedAt: jobs.publishedAt,
  closesAt: jobs.closesAt,
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
};

const acceptingApplications = and(eq(jobs.status, "open"), or(isNull(jobs.closesAt), gt(jobs.closesAt, sql`now()`)));

/** Every job of the organisation that is open for applications, newest first. */
export async function listOpenJobs(organizationId: string): Promise<PublicJob[]> {
  return db()
    .select(publicJobColumns)
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), acceptingApplications))
    .orderBy(sql`${jobs.publishedAt} desc nulls last`, asc(jobs.title));
}

/**
 * A job by its slug or public number, if it is open; `closed: true` when it exists but no longer takes
 * applications (so a page can say so); null for drafts and unknown jobs.
 */
export async function findPublicJob(
  organizationId: string,
  ref: { slug: string } | { publicId: number },
): Promise<{ job: PublicJob; closed: boolean } | null> {
  const match = "slug" in ref ? eq(jobs.slug, ref.slug) : eq(jobs.publicId, ref.publicId);
  const [row] = await db()
    .select({ ...publicJobColumns, accepting: sql<boolean>`${acceptingApplications}` })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), match))
    .limit(1);
  if (!row || row.status === "draft") return null;
  const { accepting, ...job } = row;
  return { job, closed: !accepting };
}

const questionColumns = {
  id: jobQuestions.id,
  label: jobQuestions.label,
  helpText: jobQuestions.helpText,
  type: jobQuestions.type,
  options: jobQuestions.options,
  required: jobQuestions.required,
};

const liveQuestionsOf = (organizationId: AnyColumn | string, jobId: AnyColumn | string) =>
  and(eq(jobQuestions.organizationId, organizationId), eq(jobQuestions.jobId, jobId), isNull(jobQuestions.archivedAt));

/** The questions a job asks applicants, in order (archived questions excluded). */
export async function listQuestions(organizationId: string, jobId: string): Promise<PublicQuestion[]> {
  return db().select(questionColumns).from(jobQuestions).where(liveQuestionsOf(organizationId, jobId)).orderBy(asc(jobQuestions.position));
}

/**
 * Everything a submitted application is checked against, in one query (intake is the busiest write path):
 * the organisation; the job, unless it is unknown or a draft; whether it takes applications; whether its
 * pipeline has a live stage to put them in; and its questions as listQuestions gives them.
 */
export async function findApplyTarget(orgSlug: string, ref: { slug: string } | { publicId: number }) {
  const query = "slug" in ref ? applyTargetBySlug(db()) : applyTargetByPublicId(db());
  const [row] = await query.execute({ org: orgSlug, job: "slug" in ref ? ref.slug : ref.publicId });
  if (!row) return null;
  const { organization, job, accepting, hasLiveStage, questions } = row;
  return { organization, job: job && job.status !== "draft" ? job : null, accepting: Boolean(accepting), hasLiveStage: Boolean(hasLiveStage), questions };
}

/** Every application starts with this read: prepared once, so Postgres does not parse and plan it each time. */
const applyTarget = (jobColumn: typeof jobs.slug | typeof jobs.publicId, label: string) =>
  preparedOnce(label, (database) =>
    database
      .select({
        organization: publicOrganizationColumns,
        job: publicJobColumns,
        accepting: sql<boolean>`${acceptingApplications}`,
        hasLiveStage: sql<boolean>`exists (select 1 from ${jobStages} where ${jobStages.jobId} = ${jobs.id} and ${jobStages.archivedAt} is null)`,
        questions: sql<PublicQuestion[]>`coalesce((
          select json_agg(json_build_object(${sql.join(
            Object.entries(questionColumns).map(([name, column]) => sql`${sql.raw(`'${name}'`)}, ${column}`),
            sql`, `,
          )}) order by ${jobQuestions.position}) from ${jobQuestions}
          where ${liveQuestionsOf(organizations.id, jobs.id)}), '[]'::json)`,
      })
      .from(organizations)
      .leftJoin(jobs, and(eq(jobs.organizationId, organizations.id), eq(jobColumn, sql.placeholder("job"))))
      .where(eq(organizations.slug, sql.placeholder("org")))
      .limit(1),
  );
const applyTargetBySlug = applyTarget(jobs.slug, "find_apply_target_by_slug");
const applyTargetByPublicId = applyTarget(jobs.publicId, "find_apply_target_by_public_id");

/**
 * Everything a sitemap lists, across organisations: each organisation's careers page and its jobs
 * that take applications. One query, not one per organisation.
 */
export async function listSitemapEntries() {
  const [organizationRows, jobRows] = await Promise.all([
    db()
      .select({ slug: organizations.slug, updatedAt: organizations.updatedAt })
      .from(organizations)
      .orderBy(asc(organizations.slug)),
    db()
      .select({ organizationSlug: organizations.slug, slug: jobs.slug, updatedAt: jobs.updatedAt })
      .from(jobs)
      .innerJoin(organizations, eq(organizations.id, jobs.organizationId))
      .where(acceptingApplications)
      .orderBy(asc(organizations.slug), sql`${jobs.publishedAt} desc nulls last`, asc(jobs.title)),
  ]);
  return { organizations: organizationRows, jobs: jobRows };
}
