import type { WorkplaceType } from "@/lib/enums";
import { lineAt, quote } from "./lines";

export type FoundWorkplace = { value: WorkplaceType; evidence: string };

const WORDS: [RegExp, WorkplaceType][] = [
  [/\bhybrid\b/i, "hybrid"],
  [/\b(?:fully |100% )?remote\b|\bwork from (?:home|anywhere)\b|\bWFH\b/i, "remote"],
  [/\bon[- ]?site\b|\bin[- ]office\b|\boffice[- ]based\b|\bin[- ]person\b/i, "on_site"],
];

const LINKEDIN: Record<string, WorkplaceType> = { remote: "remote", hybrid: "hybrid", onsite: "on_site", "on-site": "on_site", office: "on_site" };

// Sentences that say how the job is worked, not a passing "remote" ("interviews are remote").
const PHRASES: [RegExp, WorkplaceType][] = [
  [/\b(?:this|the) (?:role|position|job|opportunity) is (?:a )?hybrid\b|\bhybrid (?:role|position|working|work|model|schedule|setup|arrangement)\b|\b\d (?:days?|times) (?:a|per) week (?:in|at) (?:the|our) (?:office|studio|hq)\b/i, "hybrid"],
  [/\b(?:this|the) (?:role|position|job|opportunity) is (?:a )?(?:fully |100% )?remote\b|\b(?:fully|100%|completely) remote\b|\bremote[- ]first\b|\bwork from anywhere\b|\bremote (?:role|position|job|opportunity)\b/i, "remote"],
  [/\b(?:this|the) (?:role|position|job) is (?:an? )?(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person)\b|\b(?:on[- ]?site|in[- ]office|office[- ]based) (?:role|position|job)\b|\bfully on[- ]?site\b/i, "on_site"],
];

/** The workplace a short text names ("Senior Engineer (Remote)", "Austin, TX (Hybrid)"), if exactly one kind. */
export function workplaceIn(text: string): WorkplaceType | undefined {
  const kinds = WORDS.filter(([pattern]) => pattern.test(text)).map(([, kind]) => kind);
  return kinds.length === 1 ? kinds[0] : kinds.includes("hybrid") ? "hybrid" : undefined;
}

/**
 * Remote, hybrid or on-site, from the strongest sign first: a LinkedIn tag (#LI-Remote), the title, the
 * location, a labelled line ("Workplace: Hybrid"), then a sentence about the role.
 */
export function findWorkplace(text: string, title: string, location?: string, label?: { value: string; evidence: string }): FoundWorkplace | undefined {
  const tag = /#LI-(Remote|Hybrid|Onsite|On-site|Office)\b/i.exec(text);
  if (tag) return { value: LINKEDIN[tag[1]!.toLowerCase()]!, evidence: lineAt(text, tag.index) };
  const inTitle = workplaceIn(title);
  if (inTitle) return { value: inTitle, evidence: quote(title) };
  if (label) {
    const inLabel = workplaceIn(label.value);
    if (inLabel) return { value: inLabel, evidence: label.evidence };
  }
  const inLocation = location ? workplaceIn(location) : undefined;
  if (inLocation) return { value: inLocation, evidence: quote(location!) };
  const head = text.slice(0, 20_000);
  for (const [pattern, value] of PHRASES) {
    const match = pattern.exec(head);
    if (match) return { value, evidence: lineAt(head, match.index) };
  }
  return undefined;
}
