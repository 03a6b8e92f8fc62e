import { z } from "zod";
import { employmentTypes, workplaceTypes, type EmploymentType, type WorkplaceType } from "@/lib/enums";

/**
 * The careers page's filters live in the URL query (so a filtered view can be shared and the form works
 * without JavaScript): ?q=&department=&location=&workplace=&type=. Filtering runs in memory over the
 * organisation's open jobs, which are few and already cached, instead of one query per combination.
 */

export type CareersFilters = {
  q?: string;
  department?: string;
  location?: string;
  workplace?: WorkplaceType;
  type?: EmploymentType;
};

export type FilterableJob = {
  title: string;
  department: string | null;
  location: string | null;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
};

export const filterParamNames = ["q", "department", "location", "workplace", "type"] as const satisfies (keyof CareersFilters)[];

// A repeated parameter (?q=a&q=b) counts once; an empty or invalid one is no filter at all, never an error.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = z.preprocess(first, z.string().trim().min(1).max(200).optional()).catch(undefined);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(first, z.enum(values).optional()).catch(undefined);

const filtersSchema = z.object({
  q: text,
  department: text,
  location: text,
  workplace: oneOf(workplaceTypes),
  type: oneOf(employmentTypes),
});

export function parseCareersFilters(searchParams: Record<string, string | string[] | undefined>): CareersFilters {
  const parsed = filtersSchema.parse(searchParams);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export function hasActiveFilters(filters: CareersFilters): boolean {
  return filterParamNames.some((name) => filters[name] !== undefined);
}

/** Case- and accent-insensitive: "zurich" finds "Zürich". */
function fold(value: string): string {
  return value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function filterJobs<T extends FilterableJob>(jobs: readonly T[], filters: CareersFilters): T[] {
  const words = filters.q ? fold(filters.q).split(/\s+/).filter(Boolean) : [];
  return jobs.filter((job) => {
    if (filters.department !== undefined && job.department !== filters.department) return false;
    if (filters.location !== undefined && job.location !== filters.location) return false;
    if (filters.workplace !== undefined && job.workplaceType !== filters.workplace) return false;
    if (filters.type !== undefined && job.employmentType !== filters.type) return false;
    if (words.length === 0) return true;
    // Every word must appear somewhere in the title, team or place: "backend remote" narrows, never widens.
    const haystack = fold([job.title, job.department, job.location].filter(Boolean).join(" "));
    return words.every((word) => haystack.includes(word));
  });
}

/** The departments and locations to offer in the filter menus: those of the open jobs, sorted. */
export function filterOptions(jobs: readonly FilterableJob[]): { departments: string[]; locations: string[] } {
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b, "en"));
  return { departments: distinct(jobs.map((job) => job.department)), locations: distinct(jobs.map((job) => job.location)) };
}

export const OTHER_DEPARTMENT = "Other roles";

/** Jobs grouped by department, departments alphabetical, jobs without one last; order within a group kept. */
export function groupByDepartment<T extends FilterableJob>(jobs: readonly T[]): { department: string; jobs: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const job of jobs) {
    const key = job.department ?? OTHER_DEPARTMENT;
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHER_DEPARTMENT ? 1 : b === OTHER_DEPARTMENT ? -1 : a.localeCompare(b, "en")))
    .map(([department, grouped]) => ({ department, jobs: grouped }));
}

/** "1 open position", "3 open positions". */
export function countLabel(count: number): string {
  return `${count} open position${count === 1 ? "" : "s"}`;
}
