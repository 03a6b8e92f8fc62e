import type { EmploymentType } from "@/lib/enums";
import { labelled, lineAt, quote } from "./lines";

export type FoundEmployment = { value: EmploymentType; evidence: string };

const KINDS: [RegExp, EmploymentType][] = [
  [/\b(?:intern(?:ship)?s?|working student|werkstudent|co-?op)\b/i, "internship"],
  [/\bpart[- ]?time\b/i, "part_time"],
  [/\b(?:contract(?:or)?|freelance|fixed[- ]term contract|\d{1,2}[- ]month contract|B2B)\b/i, "contract"],
  [/\b(?:temporary|temp|seasonal|fixed[- ]term|maternity cover)\b/i, "temporary"],
  [/\b(?:full[- ]?time|permanent|FTE)\b/i, "full_time"],
];

/** The kind of employment a short text names ("Full-time", "12-month contract"), the first that matches. */
export function employmentIn(text: string): EmploymentType | undefined {
  return KINDS.find(([pattern]) => pattern.test(text))?.[1];
}

const LABELS = ["employment type", "employment", "job type", "type", "contract", "contract type", "schedule", "hours", "position type", "work type"];
const SENTENCE = /\b(?:this|the|a|is an?) (full[- ]?time|part[- ]?time|contract|temporary|fixed[- ]term|permanent|seasonal)(?:,? (?:permanent|remote|hybrid|on-?site))? (?:position|role|job|opportunity|contract|employment)\b/i;
// A details line such as "Engineering · Full-time · Remote".
const DETAILS_LINE = /^[^\n]{0,80}\b(?:full[- ]?time|part[- ]?time|internship|contract|temporary)\b[^\n]{0,80}$/im;

export function findEmployment(text: string, title: string, lines: string[]): FoundEmployment | undefined {
  const label = labelled(lines, LABELS);
  const fromLabel = label && employmentIn(label.value);
  if (label && fromLabel) return { value: fromLabel, evidence: label.evidence };
  const fromTitle = employmentIn(title);
  if (fromTitle) return { value: fromTitle, evidence: quote(title) };
  const head = text.slice(0, 20_000);
  const sentence = SENTENCE.exec(head);
  if (sentence) return { value: employmentIn(sentence[1]!)!, evidence: lineAt(head, sentence.index) };
  const details = lines.slice(0, 15).find((line) => line.length <= 100 && DETAILS_LINE.test(line) && /[·|•,/]|^\S+$/.test(line));
  const fromDetails = details && employmentIn(details);
  return fromDetails ? { value: fromDetails, evidence: quote(details) } : undefined;
}

const DEPARTMENT_LABELS = ["department", "team", "function", "division", "business unit", "practice"];

export function findDepartment(lines: string[]): { value: string; evidence: string } | undefined {
  const label = labelled(lines, DEPARTMENT_LABELS);
  if (!label || label.value.length > 60 || /[.!?]$/.test(label.value)) return undefined;
  return { value: label.value.replace(/\s*[|·•].*$/, "").trim(), evidence: label.evidence };
}
