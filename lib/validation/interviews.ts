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

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time");
const interviewerIds = z.preprocess(toArray, z.array(z.uuid()).min(1, "Choose at least one interviewer").max(20));
const durationMinutes = z.coerce
  .number({ error: "Enter the duration in minutes" })
  .int("Enter whole minutes")
  .min(15, "An interview lasts at least 15 minutes")
  .max(480, "An interview lasts at most 8 hours");
const location = z.string().trim().max(500, "Keep the location under 500 characters").default("");

/** When and where an interview takes place, as the scheduling and rescheduling forms send it. */
const slotFields = {
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date"),
  startTime: clockTime,
  timeZone: z.string().refine(isValidTimeZone, "Choose a time zone from the list"),
  durationMinutes,
  location,
};

export const scheduleInterviewSchema = z
  .object({
    applicationId: z.uuid(),
    plannedInterviewId: z.union([z.uuid(), z.literal("")]).default(""),
    title: z.string().trim().max(PLAN_LIMITS.name, `Keep the title under ${PLAN_LIMITS.name} characters`).default(""),
    interviewerIds,
    ...slotFields,
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

/**
 * The interview's sequence the form was rendered at (a change made meanwhile refuses this one), and why
 * it changes: optional, kept in the application's history for the team, never sent to the candidate.
 */
const interviewChange = {
  interviewId: z.uuid(),
  sequence: z.coerce.number().int().min(0),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters").default(""),
};

export const rescheduleInterviewSchema = z.object({ ...interviewChange, ...slotFields });
export type RescheduleInterview = z.output<typeof rescheduleInterviewSchema>;

export const cancelInterviewSchema = z.object(interviewChange);
export type CancelInterview = z.output<typeof cancelInterviewSchema>;

export const SCHEDULING_LINK_DAYS = { default: 7, max: 30 } as const;

export const sendSchedulingLinkSchema = z.object({
  applicationId: z.uuid(),
  plannedInterviewId: z.uuid({ error: "Choose one of this job's planned interviews" }),
  interviewerIds,
  durationMinutes,
  location,
  expiresInDays: z.coerce
    .number({ error: "Enter how many days the link works" })
    .int("Enter whole days")
    .min(1, "The link works for at least a day")
    .max(SCHEDULING_LINK_DAYS.max, `The link works for at most ${SCHEDULING_LINK_DAYS.max} days`)
    .default(SCHEDULING_LINK_DAYS.default),
});
export type SendSchedulingLinkInput = z.input<typeof sendSchedulingLinkSchema>;
export type SendSchedulingLink = z.output<typeof sendSchedulingLinkSchema>;

/** What the candidate's booking form posts: the slot's start as the page wrote it, and their zone. */
export const bookSlotSchema = z.object({
  slot: z.iso.datetime({ error: "Choose a time" }),
  tz: z.string().max(64).refine(isValidTimeZone).catch("UTC"),
});

const weekday = z.coerce.number().int().min(1).max(7);

export const availabilitySettingsSchema = z
  .object({
    days: z.preprocess(toArray, z.array(weekday).min(1, "Choose at least one day").max(7)),
    start: clockTime,
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the end time"),
    calendarFeedUrl: z
      .string()
      .trim()
      .max(2000, "Keep the address under 2000 characters")
      .refine((value) => value === "" || /^https?:\/\/\S+$/i.test(value), "Enter an http:// or https:// address")
      .default(""),
  })
  .refine((value) => value.end > value.start, { path: ["end"], message: "End after the start" });
export type AvailabilitySettingsInput = z.input<typeof availabilitySettingsSchema>;
export type AvailabilitySettings = z.output<typeof availabilitySettingsSchema>;
