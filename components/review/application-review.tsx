import type { Viewer } from "@/lib/auth/viewer";

/**
 * Slot on the application page for identity reveal and the hiring manager's offer decision.
 * Placeholder until the review work lands; it renders nothing.
 */
export async function ApplicationReview(_props: { applicationId: string; viewer: Viewer }) {
  return null;
}
