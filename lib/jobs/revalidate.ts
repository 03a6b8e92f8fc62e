import "server-only";
import { revalidatePath } from "next/cache";

/** After any change to a job: its dashboard pages (layout with tabs, editor pages) and the job list. */
export function revalidateJob(jobId: string): void {
  revalidatePath(`/jobs/${jobId}`, "layout");
  revalidatePath("/jobs");
}
