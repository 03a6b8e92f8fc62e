import { z } from "zod";
import type { AttributeRating, ScorecardTemplate } from "@/lib/enums";

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RATINGS = [...RECOMMENDATIONS, "not_assessed"] as const satisfies readonly AttributeRating[];

export const ratingLabels: Record<AttributeRating, string> = {
  strong_no: "Strong no",
  no: "No",
  yes: "Yes",
  strong_yes: "Strong yes",
  not_assessed: "Not assessed",
};

const scaleMessage = "Choose Strong no, No, Yes, Strong yes or Not assessed";

export const scorecardSchema = z.object({
  interviewId: z.uuid(),
  /** The version the form was loaded with (0 before the first save): a concurrent edit is refused. */
  version: z.coerce.number().int().min(0),
  ratings: z.record(z.string().max(200), z.enum(RATINGS, { error: scaleMessage })).default({}),
  overall: z
    .union([z.enum(RECOMMENDATIONS, { error: "Choose Strong no, No, Yes or Strong yes" }), z.literal(""), z.null()])
    .transform((value) => value || null)
    .default(null),
  keyTakeaways: z.string().max(5000, "Keep key takeaways under 5,000 characters").default(""),
  privateNotes: z.string().max(5000, "Keep private notes under 5,000 characters").default(""),
});

export const submitScorecardSchema = scorecardSchema.superRefine((value, ctx) => {
  if (!value.overall) ctx.addIssue({ code: "custom", path: ["overall"], message: "Choose an overall recommendation" });
});

export type ScorecardInput = z.input<typeof scorecardSchema>;
export type ScorecardValues = z.output<typeof scorecardSchema>;

/** Every attribute name in a template, in order. */
export function templateAttributes(template: ScorecardTemplate): string[] {
  return template.focusAreas.flatMap((area) => area.attributes.map((attribute) => attribute.name));
}

/** Field errors for ratings of attributes the interview's scorecard does not have. */
export function unknownAttributeErrors(ratings: Record<string, unknown>, template: ScorecardTemplate): Record<string, string[]> {
  const known = new Set(templateAttributes(template));
  const errors: Record<string, string[]> = {};
  for (const key of Object.keys(ratings)) {
    if (!known.has(key)) errors[`ratings.${key}`] = ["This attribute is not on this interview's scorecard"];
  }
  return errors;
}
