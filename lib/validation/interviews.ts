import { z } from "zod";
import { isValidTimeZone } from "@/lib/interviews/time";

export const PLAN_LIMITS = { interviewsPerStage: 10, focusAreas: 10, attributesPerArea: 15, name: 100, guidance: 500 } as const;

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter a name for the ${what}`)
    .max(PLAN_LIMITS.name, `Keep the ${what} name under ${PLAN_LIMITS.name} characters`);

const attributeSchema = z.object({
  name: name("attribute"),
  guidance: z.string().trim().max(PLAN_LIMITS.guidance, `Keep guidance under ${PLAN_LIMITS.guidance} characters`).default(""),
});

const focusAreaSchema = z.object({
  name: name("focus area"),
  attributes: z
    .array(attributeSchema)
    .min(1, "Add at least one attribute")
    .max(PLAN_LIMITS.attributesPerArea, `At most ${PLAN_LIMITS.attributesPerArea} attributes per focus area`),
});

export const plannedInterviewSchema = z
  .object({
    id: z.uuid().optional(),
    name: name("interview"),
    focusAreas: z.array(focusAreaSchema).max(PLAN_LIMITS.focusAreas, `At most ${PLAN_LIMITS.focusAreas} focus areas`),
  })
  .superRefine((interview, ctx) => {
    // Ratings are keyed by attribute name, so one interview's attributes must be told apart.
    const seen = new Set<string>();
    interview.focusAreas.forEach((area, a) =>
      area.attributes.forEach((attribute, i) => {
        const key = attribute.name.trim().toLowerCase();
        if (seen.has(key)) {
          ctx.addIssue({ code: "custom", path: ["focusAreas", a, "attributes", i, "name"], message: "Another attribute in this interview has this name" });
        }
        seen.add(key);
      }),
    );
  });

export const interviewPlanSchema = z.object({
  jobId: z.uuid(),
  stages: z.array(
    z.object({
      stageId: z.uuid(),
      interviews: z
        .array(plannedInterviewSchema)
        .max(PLAN_LIMITS.interviewsPerStage, `At most ${PLAN_LIMITS.interviewsPerStage} interviews per stage`),
    }),
  ),
});

export type InterviewPlanInput = z.input<typeof interviewPlanSchema>;
export type InterviewPlan = z.output<typeof interviewPlanSchema>;

const toArray = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const scheduleInterviewSchema = z
  .object({
    applicationId: z.uuid(),
    plannedInterviewId: z.union([z.uuid(), z.literal("")]).default(""),
    title: z.string().trim().max(PLAN_LIMITS.name, `Keep the title under ${PLAN_LIMITS.name} characters`).default(""),
    interviewerIds: z.preprocess(toArray, z.array(z.uuid()).min(1, "Choose at least one interviewer").max(20)),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date"),
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time"),
    timeZone: z.string().refine(isValidTimeZone, "Choose a time zone from the list"),
    durationMinutes: z.coerce
      .number({ error: "Enter the duration in minutes" })
      .int("Enter whole minutes")
      .min(15, "An interview lasts at least 15 minutes")
      .max(480, "An interview lasts at most 8 hours"),
    location: z.string().trim().max(500, "Keep the location under 500 characters").default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.plannedInterviewId && !value.title) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "Choose a planned interview or enter a title" });
    }
  });

export type ScheduleInterviewInput = z.input<typeof scheduleInterviewSchema>;
export type ScheduleInterview = z.output<typeof scheduleInterviewSchema>;

export const scorecardVisibilitySchema = z.object({
  scorecardVisibility: z.enum(["after_own_submitted", "always", "never"], { error: "Choose who may see scorecards" }),
});
