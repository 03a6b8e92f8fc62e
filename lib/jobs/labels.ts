import type { JobTeamRole, QuestionType, StageKind } from "@/lib/enums";


export const questionTypeLabels: Record<QuestionType, string> = {
  short_text: "Short text",
  long_text: "Long text",
  single_select: "One choice from a list",
  multi_select: "Several choices from a list",
  yes_no: "Yes or no",
  file: "File upload",
};

export const stageKindLabels: Record<StageKind, string> = {
  applied: "Applied",
  screen: "Screen",
  interview: "Interview",
  offer: "Offer",
  hired: "Hired",
};

export const teamRoleLabels: Record<JobTeamRole, string> = {
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
};
