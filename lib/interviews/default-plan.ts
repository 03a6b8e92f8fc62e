import type { ScorecardTemplate } from "@/lib/enums";

const attribute = (name: string, guidance: string) => ({ name, guidance });

/** What a new job starts with, so every interview has a scorecard from day one. */
export const DEFAULT_PLAN: Record<"screen" | "interview", { name: string; template: ScorecardTemplate }[]> = {
  screen: [
    {
      name: "Recruiter screen",
      template: {
        focusAreas: [
          {
            name: "Motivation",
            attributes: [
              attribute("Interest in the role", "Can say specifically why this role and this team, not just any job."),
              attribute("Expectations fit", "Salary, location and start date fit what the role offers."),
            ],
          },
          {
            name: "Communication",
            attributes: [attribute("Clarity", "Explains their experience clearly and concisely.")],
          },
        ],
      },
    },
  ],
  interview: [
    {
      name: "Technical interview",
      template: {
        focusAreas: [
          {
            name: "Problem solving",
            attributes: [
              attribute("Breaks down problems", "Splits an unfamiliar problem into parts and tackles them in a sensible order."),
              attribute("Trade-offs", "Names alternatives and explains why they chose one."),
            ],
          },
          {
            name: "Technical depth",
            attributes: [
              attribute("Core skills", "Uses the role's main tools fluently, without prompting."),
              attribute("Code quality", "Writes code others can read, test and change."),
            ],
          },
        ],
      },
    },
    {
      name: "Values interview",
      template: {
        focusAreas: [
          {
            name: "Collaboration",
            attributes: [
              attribute("Gives and takes feedback", "Describes a real time they changed course after feedback."),
              attribute("Shares credit", "Talks about what the team achieved, and their own part in it."),
            ],
          },
          {
            name: "Ownership",
            attributes: [attribute("Follows through", "Gives examples of seeing work through to the end, including the dull parts.")],
          },
        ],
      },
    },
  ],
};
