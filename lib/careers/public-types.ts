import type { EmploymentType, JobStatus, OrganizationSettings, PayPeriod, QuestionType, WorkplaceType } from "@/lib/enums";

// What the public sees of an organisation, its open jobs and their questions: the shapes the careers
// pages, feeds and public APIs render. db/queries/careers.ts returns exactly these.

export type PublicOrganization = {
  id: string;
  slug: string;
  name: string;
  website: string | null;
  logoUrl: string | null;
  /** The uploaded logo's SHA-256 (its address's version), null when there is none. */
  logoSha256: string | null;
  settings: OrganizationSettings;
};

export type PublicJob = {
  id: string;
  publicId: number;
  slug: string;
  title: string;
  department: string | null;
  location: string | null;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  descriptionMd: string;
  payMin: number | null;
  payMax: number | null;
  payCurrency: string | null;
  payPeriod: PayPeriod | null;
  status: JobStatus;
  publishedAt: Date | null;
  closesAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type PublicQuestion = {
  id: string;
  label: string;
  helpText: string | null;
  type: QuestionType;
  options: string[];
  required: boolean;
};

/**
 * What a careers page shows of its organisation: `logoUrl` is the uploaded logo on our own origin (a path)
 * or an older http(s) address (structured data only); `brandColor` passed the contrast check when saved.
 */
export type CareersOrganization = Pick<PublicOrganization, "id" | "slug" | "name" | "website" | "logoUrl"> & {
  brandColor: string | null;
  careersIntroMd: string | null;
};
