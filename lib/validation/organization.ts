import { z } from "zod";
import { isValidTimeZone } from "@/lib/interviews/time";
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
