import { z } from "zod";
import { MAX_IMPORT_BYTES, importFields } from "@/lib/candidates/csv-import";
import { emailField, file, link, phoneField, requiredText, text } from "./application";

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const optionalId = (message: string) => z.preprocess((v) => (blank(v) ? undefined : v), z.uuid(message).optional());

/** Who a candidate is, as a member types them in (by hand, or for a referral). */
const contact = {
  name: requiredText("Name", 200, "Enter the candidate's full name."),
  email: emailField("Enter the candidate's email address."),
  phone: phoneField,
  resume: file("Resume", false),
};

/**
 * A candidate added by hand: contact details, links, a resume, and a job and stage to put them in, or
 * none (a prospect). Shared by the dashboard form and the REST API.
 */
export const addCandidateSchema = z.object({
  ...contact,
  location: text("Location", 200),
  linkedin: link("LinkedIn profile"),
  website: link("Website"),
  jobId: optionalId("Choose a job from the list."),
  stageId: optionalId("Choose a stage from the list."),
});
export type AddCandidateInput = z.infer<typeof addCandidateSchema>;
export type AddCandidateForm = z.input<typeof addCandidateSchema>;

/** "Refer someone": who, for which job, and why. */
export const referCandidateSchema = z.object({
  ...contact,
  jobId: z.uuid("Choose the job you refer them for."),
  note: text("Note", 2_000),
});
export type ReferCandidateInput = z.infer<typeof referCandidateSchema>;
export type ReferCandidateForm = z.input<typeof referCandidateSchema>;

/** One imported row, after its cells were mapped to fields (lib/candidates/csv-import.ts). */
export const importRowSchema = z.object({
  name: requiredText("Name", 200, "The name is missing."),
  email: emailField("The email address is missing."),
  phone: phoneField,
  location: text("Location", 200),
  linkedin: link("LinkedIn profile"),
  website: link("Website"),
});
export type ImportRow = z.infer<typeof importRowSchema>;

const csvFile = z.preprocess(
  (value) => {
    const chosen = typeof FileList !== "undefined" && value instanceof FileList ? value[0] : value;
    return chosen instanceof File && chosen.size > 0 ? chosen : undefined;
  },
  z
    .instanceof(File, { error: "Choose a CSV file." })
    .refine((f) => f.size <= MAX_IMPORT_BYTES, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import each part.`),
);

const parseJson = (value: unknown) => {
  if (blank(value)) return undefined;
  try {
    return JSON.parse(String(value));
  } catch {
    return null;
  }
};
/** Column index → field ("" for a column left out), as JSON in a hidden field. */
const mapping = z.array(z.enum(["", ...importFields]), "Map the columns again.").max(200);

/** Reading a file for the mapping and preview steps: the mapping is guessed when none is sent. */
export const previewImportSchema = z.object({ file: csvFile, mapping: z.preprocess(parseJson, mapping.optional()) });

/** The import itself: the same file and mapping, and what to do with it. */
export const importCandidatesSchema = z.object({
  file: csvFile,
  mapping: z.preprocess(parseJson, mapping),
  duplicates: z.enum(["skip", "merge"], "Choose what to do with candidates who are already in Candor."),
  skipInvalid: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  jobId: optionalId("Choose a job from the list."),
  stageId: optionalId("Choose a stage from the list."),
});
export type ImportCandidatesInput = z.infer<typeof importCandidatesSchema>;

/** The import page's one form: "preview" reads the file (steps 1–3), "import" stores it (step 4). */
export const importStepSchema = z.discriminatedUnion("intent", [
  previewImportSchema.extend({ intent: z.literal("preview") }),
  importCandidatesSchema.extend({ intent: z.literal("import") }),
]);
