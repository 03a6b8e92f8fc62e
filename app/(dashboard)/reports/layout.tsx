import { requireMember } from "@/server/auth/session";

/**
 * The role check runs here, outside the pages' loading boundaries, so an interviewer gets a real 404
 * status: once loading.tsx starts streaming, the status is already 200. For the same reason the reports
 * page's loading.tsx sits in the (overview) group, not here, where it would wrap the fairness layout's check.
 */
export default async function ReportsLayout({ children }: LayoutProps<"/reports">) {
  await requireMember("reports.read");
  return children;
}
