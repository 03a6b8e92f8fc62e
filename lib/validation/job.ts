import { z } from "zod";
import { jobBoardProviders, type JobStatus } from "@/lib/enums";
import { employmentTypeLabels, payPeriodLabels, workplaceTypeLabels } from "@/lib/jobs/format";
import { questionTypeLabels, stageKindLabels, teamRoleLabels } from "@/lib/jobs/labels";
import { slugify } from "@/lib/jobs/slug";
import { sizeProblem } from "@/lib/postings/detect";

// Values from the exhaustive label records, so this file stays importable by client components (no drizzle).
const keysOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as [K, ...K[]];

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const orUndefined = (value: unknown) => (blank(value) ? undefined : value);

const optionalText = (label: string, max: number) =>
  z.preprocess(orUndefined, z.string().trim().max(max, `${label} must be at most ${max} characters.`).optional());

const requiredText = (max: number, missing: string) =>
  z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().min(1, missing).max(max, `At most ${max} characters.`));

const amount = (label: string) =>
  z.preprocess(
    orUndefined,
    z.coerce
      .number(`${label} must be a number.`)
      .int(`${label} must be a whole number.`)
      .min(0, `${label} cannot be negative.`)
      .max(100_000_000, `${label} is too large.`)
      .optional(),
  );

/** A checkbox: "on" from a form post, a boolean from react-hook-form or a JSON caller. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const id = z.uuid("Unknown item.");

/** The fields of a job, as the create and edit forms send them. */
export const jobFieldsSchema = z
  .object({
    title: requiredText(200, "Enter the job title."),
    slug: z.preprocess(
      orUndefined,
      z
        .string()
        .trim()
        .toLowerCase()
        .max(100, "The address must be at most 100 characters.")
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, like senior-engineer.")
        .optional(),
    ),
    department: optionalText("Department", 100),
    location: optionalText("Location", 200),
    workplaceType: z.enum(keysOf(workplaceTypeLabels), "Choose where the work happens.").default("on_site"),
    employmentType: z.enum(keysOf(employmentTypeLabels), "Choose the type of employment.").default("full_time"),
    payMin: amount("Minimum pay"),
    payMax: amount("Maximum pay"),
    payCurrency: z.preprocess(
      orUndefined,
      z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like EUR or USD.").optional(),
    ),
    payPeriod: z.preprocess(orUndefined, z.enum(keysOf(payPeriodLabels), "Choose a pay period.").optional()),
    closesAt: z.preprocess(
      orUndefined,
      z.iso.date("Enter the closing date as a date, like 2027-01-31.").optional(),
    ),
    anonymizedReview: checkbox.default(false),
    descriptionMd: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(50_000, "The description must be at most 50,000 characters.")),
  })
  .superRefine((job, ctx) => {
    if (job.payMin !== undefined && job.payMax !== undefined && job.payMin > job.payMax) {
      ctx.addIssue({ code: "custom", path: ["payMax"], message: "The maximum pay must be at least the minimum." });
    }
    if ((job.payMin !== undefined || job.payMax !== undefined) && !job.payCurrency) {
      ctx.addIssue({ code: "custom", path: ["payCurrency"], message: "Give the currency of the pay range." });
    }
    if (!job.slug && !slugify(job.title)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "Enter an address for the posting, like senior-engineer." });
    }
  });

export type JobFields = z.output<typeof jobFieldsSchema>;

const fieldNames: Record<string, string> = {
  title: "The title",
  descriptionMd: "The description",
  department: "The department",
  location: "The location",
  payCurrency: "The pay currency",
  payMin: "The pay range",
  payMax: "The pay range",
  workplaceType: "The workplace",
  employmentType: "The employment type",
};

/** Why imported values can't be a job, field by field, in one sentence each ("The description: …"). */
export function jobFieldProblems(error: z.ZodError): string {
  const problems = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    problems.set(key, [...(problems.get(key) ?? []), issue.message]);
  }
  return [...problems].map(([key, messages]) => `${fieldNames[key] ?? key}: ${messages.join(" ")}`).join(" ");
}
export type JobFieldsInput = z.input<typeof jobFieldsSchema>;

/** What the buttons of the create form do: keep it a draft or open it to applicants. */
export const createIntent = z.enum(["draft", "publish"]).default("draft");
/** What the buttons of the edit form do besides saving. */
export const editIntent = z.enum(["save", "publish", "close", "reopen"]).default("save");

export const createJobSchema = jobFieldsSchema.and(z.object({ intent: createIntent }));
export const updateJobSchema = jobFieldsSchema.and(
  z.object({ jobId: id, version: z.coerce.number().int().min(1), intent: editIntent }),
);

export const jobStatusSchema = z.enum(["draft", "open", "closed"] as const satisfies readonly JobStatus[]);

export const previewSchema = z.object({ markdown: z.string().max(50_000) });

// --- questions ---------------------------------------------------------------------------------

const choiceTypes = new Set(["single_select", "multi_select"]);

/** Options arrive as one textarea, one option per line; JSON callers may send an array. */
const options = z.preprocess(
  (v) => (typeof v === "string" ? v.split("\n") : Array.isArray(v) ? v : []),
  z
    .array(z.string())
    .transform((lines) => [...new Set(lines.map((line) => line.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200, "Each option must be at most 200 characters.")).max(50, "At most 50 options.")),
);

export const questionFieldsSchema = z
  .object({
    label: requiredText(300, "Enter the question."),
    helpText: optionalText("Help text", 500),
    type: z.enum(keysOf(questionTypeLabels), "Choose the kind of answer."),
    options,
    required: checkbox.default(false),
  })
  .superRefine((question, ctx) => {
    if (choiceTypes.has(question.type) && question.options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Give at least two options, one per line." });
    }
  })
  .transform((question) => ({ ...question, options: choiceTypes.has(question.type) ? question.options : [] }));

export type QuestionFields = z.output<typeof questionFieldsSchema>;

export const addQuestionSchema = questionFieldsSchema.and(z.object({ jobId: id }));
export const updateQuestionSchema = questionFieldsSchema.and(z.object({ jobId: id, questionId: id }));
export const questionRefSchema = z.object({ jobId: id, questionId: id });
export const moveSchema = z.enum(["up", "down"], "Choose up or down.");
export const moveQuestionSchema = questionRefSchema.extend({ direction: moveSchema });

// --- stages ------------------------------------------------------------------------------------

export const stageName = requiredText(100, "Enter the stage's name.");
export const addStageSchema = z.object({ jobId: id, name: stageName, kind: z.enum(keysOf(stageKindLabels), "Choose the kind of stage.") });
export const stageRefSchema = z.object({ jobId: id, stageId: id });
export const renameStageSchema = stageRefSchema.extend({ name: stageName });
export const moveStageSchema = stageRefSchema.extend({ direction: moveSchema });

// --- hiring team -------------------------------------------------------------------------------

export const teamRoleSchema = z.enum(keysOf(teamRoleLabels), "Choose a role on the hiring team.");
export const addTeamMemberSchema = z.object({ jobId: id, userId: z.uuid("Choose a member of your organisation."), role: teamRoleSchema });
export const changeTeamRoleSchema = z.object({ jobId: id, userId: id, role: teamRoleSchema });
export const removeTeamMemberSchema = z.object({ jobId: id, userId: id });

export const jobRefSchema = z.object({ jobId: id });

const choosePosting = "Choose a file with the posting, or paste its text.";
const MAX_PASTED_CHARS = 1_000_000;

/**
 * A file input's value: a File from FormData on the server, the input's FileList in the browser; none when
 * nothing was chosen. An input left empty still posts an empty part, which a server action receives as an
 * empty File whose name is "undefined": only a file with bytes counts.
 */
const chosenFile = z.preprocess((value) => {
  const file = typeof FileList !== "undefined" && value instanceof FileList ? value[0] : value;
  return file instanceof File && file.size > 0 ? file : undefined;
}, z.instanceof(File).optional());

/**
 * A posting to import: a file (Markdown, text, HTML, Word or PDF) or pasted text. Sizes are checked here,
 * before anything is read: 1 MB for text files and pasted text, 10 MB for Word and PDF.
 */
export const importPostingSchema = z
  .object({
    file: chosenFile,
    text: z.preprocess(orUndefined, z.string().max(MAX_PASTED_CHARS, "The pasted text is over 1,000,000 characters; a posting may be at most 1 MB.").optional()),
  })
  .superRefine(({ file, text }, ctx) => {
    if (!file && !text) ctx.addIssue({ code: "custom", path: ["file"], message: choosePosting });
    if (file && text) ctx.addIssue({ code: "custom", path: ["text"], message: "Choose a file or paste the text, not both." });
    const tooLarge = file ? sizeProblem(file.name, file.size) : undefined;
    if (tooLarge) ctx.addIssue({ code: "custom", path: ["file"], message: tooLarge });
  });
export type ImportPostingInput = z.input<typeof importPostingSchema>;

// --- importing a board -------------------------------------------------------------------------

const boardHints = {
  greenhouse: "Enter the board token, like acme: the last part of the board's address, boards.greenhouse.io/acme.",
  lever: "Enter the site name, like acme: the part after jobs.lever.co/ in the job site's address.",
} as const;

/**
 * What the recruiter typed as a board: the name itself, or the board's address pasted whole
 * (boards.greenhouse.io/acme, job-boards.greenhouse.io/acme/jobs/123, …/embed/job_board?for=acme,
 * jobs.lever.co/acme/…), from which the name is taken.
 */
export function boardNameFrom(value: string): string {
  const typed = value.trim();
  if (!/[/.]/.test(typed)) return typed.toLowerCase();
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(typed) ? typed : `https://${typed}`);
    // An address names a host ("boards.greenhouse.io"); anything else is taken as typed, and refused.
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(url.hostname)) return typed.toLowerCase();
    const named = url.searchParams.get("for") ?? url.pathname.split("/").find(Boolean) ?? "";
    return named.toLowerCase();
  } catch {
    return typed.toLowerCase();
  }
}

/** A Greenhouse board or a Lever site to import: a name of letters, digits, hyphens and underscores. */
export const importBoardSchema = z
  .object({
    provider: z.enum(jobBoardProviders, "Choose Greenhouse or Lever."),
    board: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(500, "That is too long for a board's name or address.")),
  })
  .transform((input, ctx) => {
    const board = boardNameFrom(input.board);
    if (!/^[a-z0-9][a-z0-9_-]{0,99}$/.test(board)) {
      ctx.addIssue({ code: "custom", path: ["board"], message: boardHints[input.provider] });
      return z.NEVER;
    }
    return { provider: input.provider, board };
  });
export type ImportBoardInput = z.input<typeof importBoardSchema>;
