import { z } from "zod";
import { brandColorProblem } from "@/lib/branding/contrast";
import { isValidTimeZone } from "@/lib/interviews/time";
import { checkbox } from "./job";
import { emailField, personNameField } from "./members";
import { newPasswordField } from "./password";

/** The organisation's address on the careers site: /careers/<slug>. */
export const organizationSlugField = z
  .string("Enter the address.")
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters.")
  .max(40, "Use at most 40 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, like acme-robotics.");

export const organizationNameField = z
  .string("Enter the organisation's name.")
  .trim()
  .min(1, "Enter the organisation's name.")
  .max(200, "Use at most 200 characters.");

export const websiteField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .url({ protocol: /^https?$/, error: "Enter the full address, like https://example.com." })
    .max(500, "Use at most 500 characters.")
    .optional(),
);

export const timeZoneField = z.string("Choose a time zone.").refine(isValidTimeZone, "Choose a time zone from the list.");

/** A new organisation, as the set-up page and `candor org create` describe it. */
export const organizationFieldsSchema = z.object({
  name: organizationNameField,
  slug: organizationSlugField,
  website: websiteField,
  timeZone: timeZoneField.default("UTC"),
});
export type OrganizationFields = z.output<typeof organizationFieldsSchema>;

/** The first-run set-up form: the code from the server log, the organisation and its first admin. */
export const setupSchema = organizationFieldsSchema.extend({
  setupCode: z.string("Enter the setup code.").trim().min(1, "Enter the setup code from the server log.").max(200, "That is not a setup code."),
  adminName: personNameField,
  adminEmail: emailField,
  password: newPasswordField,
});
export type SetupInput = z.output<typeof setupSchema>;

export const MAX_CAREERS_INTRO = 10_000;
export const MAX_PRIVACY_NOTICE = 20_000;

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "") || value === null;

const optionalText = (label: string, max: number) =>
  z.preprocess(
    (value) => (blank(value) ? undefined : value),
    z.string().trim().max(max, `Keep the ${label} under ${max.toLocaleString("en")} characters.`).optional(),
  );

const httpUrl = (message: string) =>
  z.preprocess((value) => (blank(value) ? undefined : value), z.url({ protocol: /^https?$/, error: message }).max(500, message).optional());

/** A browser sends an empty File for an untouched file input; react-hook-form gives a FileList. */
function toFile(value: unknown): File | undefined {
  if (typeof FileList !== "undefined" && value instanceof FileList) value = value[0];
  if (value instanceof File && !(value.size === 0 && value.name === "")) return value;
  return undefined;
}

/**
 * Settings → Organisation: the profile and careers branding. Empty text clears a setting. The brand
 * colour must reach WCAG AA (4.5:1) with white, for white button text on it and for links in it, which
 * the browser checks as well as the server.
 */
export const organizationProfileSchema = z.object({
  name: organizationNameField,
  website: websiteField,
  brandColor: z.preprocess(
    (value) => (blank(value) ? undefined : value),
    z
      .string()
      .trim()
      .superRefine((color, ctx) => {
        const problem = brandColorProblem(color);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .transform((color) => color.toLowerCase())
      .optional(),
  ),
  careersIntro: optionalText("introduction", MAX_CAREERS_INTRO),
  privacyNotice: optionalText("privacy notice", MAX_PRIVACY_NOTICE),
  privacyNoticeUrl: httpUrl("Enter the privacy notice's full address, starting with https://, or leave it empty."),
  auditRetentionDays: z.preprocess(
    (value) => (blank(value) ? undefined : value),
    z.coerce
      .number("Enter a number of days.")
      .int("Enter a whole number of days.")
      .min(30, "Keep entries for at least 30 days.")
      .max(3650, "Keep entries for at most 3,650 days (ten years).")
      .optional(),
  ),
  logo: z.preprocess(toFile, z.instanceof(File).optional()),
  removeLogo: checkbox,
});

export type OrganizationProfileInput = z.infer<typeof organizationProfileSchema>;
export type OrganizationProfileFormValues = z.input<typeof organizationProfileSchema>;

/** Settings → Organisation → Application documents: whether documents with macros or embedded objects are accepted. */
export const documentPolicySchema = z.object({ allowActiveContent: checkbox });
export type DocumentPolicyInput = z.infer<typeof documentPolicySchema>;
