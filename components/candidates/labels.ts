import type { ApplicationStatus } from "@/lib/enums";

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  active: "Active",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  hired: "Hired",
};

/** Candidates type their own links: only http(s) ones become links, so "javascript:" stays text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
