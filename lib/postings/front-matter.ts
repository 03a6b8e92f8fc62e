import { parseDocument } from "yaml";
import { employmentTypeLabels, payPeriodLabels, workplaceTypeLabels } from "@/lib/jobs/format";
import type { EmploymentType, PayPeriod, WorkplaceType } from "@/lib/enums";
import { refuseFile } from "./refuse";
import type { PostingFacts } from "./types";

/**
 * YAML front matter a Markdown posting may start with. Keys accepted (anything else is ignored):
 *   title, slug, department, location,
 *   workplace | workplace_type | workplaceType: on_site | hybrid | remote ("on-site", "Remote"... too),
 *   employment_type | employmentType | type: full_time | part_time | contract | temporary | internship,
 *   pay | salary: { min, max, currency, period }  (period: hour | day | week | month | year)
 *   or the flat keys pay_min, pay_max, pay_currency, pay_period (salary_min... likewise).
 */
export type FrontMatter = { title?: string; slug?: string; facts: PostingFacts };

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const YAML_KEY = /^---[ \t]*\n[ \t]*[A-Za-z_][\w -]*:/;

/** Splits off the front matter; refuses one that is clearly meant as YAML but can't be read. */
export function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    // A first line of dashes with no closing one is a horizontal rule, unless YAML keys follow it.
    if (YAML_KEY.test(text)) refuseFile("The front matter at the top of the file is never closed with a line of three dashes (---).");
    return { data: {}, body: text };
  }
  const document = parseDocument(match[1] ?? "", { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const line = document.errors[0]?.linePos?.[0]?.line;
    refuseFile(`The front matter is not valid YAML${line ? ` (line ${line + 1} of the file)` : ""}. Fix it and upload the file again.`);
  }
  const data: unknown = document.toJS({ maxAliasCount: 10 });
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    refuseFile("The front matter must be a list of keys and values, like `title: Senior Engineer`.");
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

const str = (value: unknown): string | undefined => {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

const num = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*[\d,_ ]+(\.\d+)?\s*$/.test(value)) return Number(value.replace(/[,_ ]/g, ""));
  return undefined;
};

/** "Full-time", "full time" and "FULL_TIME" all mean full_time; unknown values are left to the form. */
export function oneOf<K extends string>(value: unknown, labels: Record<K, string>): K | undefined {
  const text = str(value);
  if (!text) return undefined;
  const key = text.toLowerCase().replace(/[\s-]+/g, "_");
  if (key in labels) return key as K;
  return (Object.entries(labels) as [K, string][]).find(([, label]) => label.toLowerCase() === text.toLowerCase())?.[0];
}

function pick(data: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) return data[key];
  return undefined;
}

function payOf(data: Record<string, unknown>): PostingFacts {
  const nested = pick(data, "pay", "salary", "compensation");
  const pay = nested && typeof nested === "object" && !Array.isArray(nested) ? (nested as Record<string, unknown>) : {};
  const flat = (name: string) => pick(data, `pay_${name}`, `salary_${name}`, `pay${name[0]!.toUpperCase()}${name.slice(1)}`);
  return {
    payMin: num(pick(pay, "min", "minimum", "from") ?? flat("min")),
    payMax: num(pick(pay, "max", "maximum", "to") ?? flat("max")),
    payCurrency: str(pick(pay, "currency") ?? flat("currency"))?.toUpperCase(),
    payPeriod: oneOf<PayPeriod>(pick(pay, "period", "per", "interval") ?? flat("period"), payPeriodLabels),
  };
}

const defined = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

/** The job fields the front matter gives; values Candor can't use are left to the job schema to refuse. */
export function frontMatterFields(data: Record<string, unknown>): FrontMatter {
  return {
    title: str(data.title)?.slice(0, 200),
    slug: str(data.slug),
    facts: defined({
      department: str(data.department)?.slice(0, 100),
      location: str(data.location)?.slice(0, 200),
      workplaceType: oneOf<WorkplaceType>(pick(data, "workplace", "workplace_type", "workplaceType", "remote_policy"), workplaceTypeLabels),
      employmentType: oneOf<EmploymentType>(pick(data, "employment_type", "employmentType", "employment", "type"), employmentTypeLabels),
      ...payOf(data),
    }),
  };
}
