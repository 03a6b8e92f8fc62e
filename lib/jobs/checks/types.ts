import type { EmploymentType, PayPeriod, WorkplaceType } from "@/lib/enums";

/** The fields of a job the checks read: the editor's values as the server parsed them, or a stored job. */
export type CheckedJob = {
  title: string;
  descriptionMd: string;
  department?: string | null;
  location?: string | null;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  payMin?: number | null;
  payMax?: number | null;
  payCurrency?: string | null;
  payPeriod?: PayPeriod | null;
  /** The closing day, "2027-01-31": open until its end (UTC). */
  closesAt?: string | null;
};

/** The editor fields a warning is about, so the panel can take the recruiter there. */
export type CheckedField = "title" | "location" | "payMin" | "payPeriod" | "closesAt" | "descriptionMd" | "workplaceType";

/**
 * Something to look at before publishing. Never a refusal: the recruiter may publish anyway, by confirming
 * the warnings by id.
 */
export type PostingWarning = {
  /** The same for the same problem, so a confirmation covers exactly the warnings the recruiter saw. */
  id: string;
  /** law: a rule where the job is; search: what search engines need; content: what candidates read. */
  kind: "law" | "search" | "content";
  /** What is wrong, in one line. */
  title: string;
  /** Why it matters and what to do. */
  detail: string;
  /** The rules behind a legal warning, each with the place and the law's name. */
  rules?: string[];
  field?: CheckedField;
};

/** One line of "what search engines will see": the JobPosting property, and its value in words (null: missing). */
export type SearchViewItem = { property: string; label: string; value: string | null };

export type PostingReview = { warnings: PostingWarning[]; searchView: SearchViewItem[] };
