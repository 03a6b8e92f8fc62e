import { z } from "zod";
import { brandColorProblem } from "@/lib/branding/contrast";

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
  name: z.string().trim().min(1, "Enter the organisation's name.").max(200, "Keep the name under 200 characters."),
  website: httpUrl("Enter the website's full address, starting with https://."),
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
  removeLogo: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
});

export type OrganizationProfileInput = z.infer<typeof organizationProfileSchema>;
export type OrganizationProfileFormValues = z.input<typeof organizationProfileSchema>;
