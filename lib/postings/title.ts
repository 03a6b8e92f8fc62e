/**
 * The posting's title, never refused for want of one: the front matter's, else the first heading (its
 * Markdown inline syntax removed), else one found in the text, else the file name. Section headings and
 * openers ("About Acme", "Responsibilities and skills for …", "We're hiring!") are not titles.
 */

export type TitleSource = "front_matter" | "heading" | "text" | "file_name" | "default";
/** `line` is the body line the title came from, removed so the posting doesn't show its title twice. */
export type FoundTitle = { title: string; source: TitleSource; line?: string };

const GENERIC =
  /^(?:about\b.*|(?:the |your |our )?(?:role|position|job|opportunity|team|company|offer)(?: (?:overview|summary|description|details|in brief))?|job (?:description|summary|details|overview|posting|ad|advert|opening)|overview|summary|description|introduction|details|who (?:we are|you are)|what (?:you(?:'|’)ll|you will|we) (?:do|need|offer|bring|look for)\b.*|(?:what|why) (?:we|you|join)\b.*|benefits\b.*|perks\b.*|responsibilities\b.*|requirements\b.*|qualifications\b.*|(?:key |required )?skills\b.*|duties\b.*|(?:we(?:'|’)re|we are|now) hiring!?|hiring!?|join (?:us|our team|the team)!?|careers?(?: at .*)?|open (?:positions|roles|jobs)|how to apply|apply|compensation\b.*|salary\b.*|pay\b.*|location|nice to have|bonus points|equal (?:opportunity|employment)\b.*|eeo\b.*|diversity\b.*|our (?:values|mission|culture|story)|contact|faq|table of contents)$/i;

const ROLE =
  /\b(?:engineers?|developers?|programmers?|architects?|designers?|managers?|directors?|head|leads?|chief|officers?|vp|president|analysts?|scientists?|researchers?|specialists?|coordinators?|administrators?|assistants?|associates?|representatives?|reps?|consultants?|advis[eo]rs?|accountants?|controllers?|auditors?|recruiters?|sourcers?|nurses?|physicians?|doctors?|therapists?|pharmacists?|technicians?|mechanics?|electricians?|operators?|drivers?|couriers?|writers?|editors?|copywriters?|marketers?|strategists?|producers?|interns?|internship|apprentice(?:ship)?|trainees?|teachers?|tutors?|instructors?|lecturers?|professors?|agents?|clerks?|cashiers?|baristas?|chefs?|cooks?|bartenders?|receptionists?|secretary|planners?|buyers?|executives?|sre|devops|qa|testers?|counsel|attorneys?|lawyers?|paralegals?|supervisors?|foreman|workers?|pickers?|packers?|handlers?|generalists?|experts?|fellows?|ambassadors?|principal|artists?|animators?|illustrators?|photographers?|journalists?|reporters?|translators?|librarians?|inspectors?|estimators?|welders?|machinists?|installers?|plumbers?|carpenters?|pilots?|dispatchers?|schedulers?|bookkeepers?|underwriters?|actuary|economists?|statisticians?|hygienists?|dentists?|paramedics?|caregivers?|counsell?ors?|psychologists?|success|support|sales|partner)\b/i;

/** A title without Markdown: links to their text, images, emphasis, code, HTML and bare addresses gone. */
export function plainTitle(text: string): string {
  return text
    .slice(0, 300)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<https?:[^>]*>/g, "")
    .replace(/<[^>]{1,200}>/g, "")
    .replace(/https?:\/\/\S+/g, "")
    .replace(/(\*\*|__|~~|`)/g, "")
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .replace(/^[\s#>*•·\-–—]+/, "")
    .replace(/[\s#:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export const isGeneric = (title: string) => GENERIC.test(title.replace(/[!:.]+$/, "").trim());
export const namesRole = (text: string) => ROLE.test(text);

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;

/** The first heading that is a title: the very first one, an h1, or one naming a role, if not generic. */
export function titleFromHeadings(markdown: string): FoundTitle | undefined {
  let first = true;
  for (const line of markdown.split("\n", 2000)) {
    const match = HEADING.exec(line);
    if (!match) continue;
    const title = plainTitle(match[2]!);
    const eligible = first || match[1] === "#" || namesRole(title);
    first = false;
    if (title && eligible && !isGeneric(title) && title.length <= 150) return { title, source: "heading", line };
  }
  return undefined;
}

const LABEL = /^(?:job title|position title|position|role|title|job|vacancy|opening|job opening)\s*[:|–—-]\s*(.{2,150})$/i;
const ADJECTIVES = /^(?:(?:an? |our )?(?:new |next |first )?(?:experienced|talented|motivated|passionate|driven|skilled|enthusiastic|curious|brilliant|exceptional|highly|self-motivated|detail-oriented|seasoned|creative|dedicated|proactive|ambitious|hands-on|friendly)[ ,]+)+/i;
// A word that reads as a person's job, for roles the list above doesn't name ("Cartographer", "Sommelier").
const AGENT_NOUN = /\b\p{Lu}?\p{Ll}{3,}(?:er|or|ist|ian|eer|ant|ier)s?$/u;
const PHRASES = [
  /\b(?:we(?:'|’)re|we are|is|are)\s+(?:currently\s+|now\s+)?(?:hiring|looking for|seeking|searching for|recruiting)\s+(?:an?|our(?: next| first)?|one|two)\s+([^.,;:!?()\n]{3,80}?)(?=\s+(?:to|who|that|with|for|in|at|based|on|and|which)\b|[.,;:!?(]|$)/im,
  /\bAs\s+(?:an?|our)\s+([^.,;:!?()\n]{3,80}?)\s*,\s*you(?:(?:'|’)ll|\s+will|\s+are|\s+would)\b/m,
  /\bjoin\s+(?:us|our team|the team)\s+as\s+(?:an?|our)\s+([^.,;:!?()\n]{3,80}?)(?=\s+(?:to|who|and|in|at)\b|[.,;:!?(]|$)/im,
];

const titleCase = (text: string) =>
  text === text.toLowerCase() ? text.replace(/\b([a-z])([a-z]*)/g, (_m, a: string, rest: string) => (["of", "and", "for", "the", "in", "to"].includes(a + rest) ? a + rest : a.toUpperCase() + rest)) : text;

/** A title stated in plain text: a "Job title:" line, a first line naming the role, or a sentence. */
export function titleFromText(text: string): FoundTitle | undefined {
  const lines = text.split("\n", 400).filter((line) => line.trim());
  for (const line of lines.slice(0, 40)) {
    const label = LABEL.exec(plainTitle(line));
    if (label && !isGeneric(label[1]!)) return { title: plainTitle(label[1]!), source: "text", line };
  }
  for (const line of lines.slice(0, 5)) {
    // A list item or a section's label is content, not the posting's name.
    if (/^\s*(?:[-*+•·▪●–—]|\d{1,3}[.)])\s/.test(line) || /:\s*$/.test(line)) continue;
    const candidate = plainTitle(line);
    if (isGeneric(candidate) || candidate.length > 100 || candidate.split(/\s+/).length > 12 || /[.!?]$/.test(candidate)) continue;
    if (namesRole(candidate)) return { title: candidate, source: "text", line };
  }
  const head = text.slice(0, 5000);
  for (const phrase of PHRASES) {
    const match = phrase.exec(head);
    const role = match?.[1]?.replace(ADJECTIVES, "").trim();
    if (role && (namesRole(role) || AGENT_NOUN.test(role)) && !isGeneric(role)) return { title: titleCase(role), source: "text" };
  }
  return undefined;
}

/** "senior-backend-engineer_v2 (1).docx" → "Senior Backend Engineer". */
export function titleFromFileName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/^\d{1,4}[\s_.-]+(?=\D)/, "")
    .replace(/[_\s-]+/g, " ")
    .replace(/\s*\(\d+\)$/, "")
    .replace(/\b(?:v\d+|final|draft|copy|jd|job description|posting)\b/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!base || /^\d+$/.test(base)) return undefined;
  return titleCase(base).slice(0, 200);
}
