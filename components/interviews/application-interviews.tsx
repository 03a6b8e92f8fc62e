import type { Viewer } from "@/lib/auth/viewer";

/**
 * Slot on the application page for interviews, scheduling and the scorecard summary.
 * Placeholder until the interviews work lands; it renders nothing.
 */
export async function ApplicationInterviews(_props: { applicationId: string; viewer: Viewer }) {
  return null;
}
