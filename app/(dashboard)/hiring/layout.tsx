import { requireMember } from "@/lib/auth/session";

/**
 * The role check runs here, outside the page's loading boundary, so an interviewer gets a real 404
 * status: once loading.tsx starts streaming, the status is already 200.
 */
export default async function HiringLayout({ children }: LayoutProps<"/hiring">) {
  await requireMember(["admin", "recruiter", "hiring_manager"]);
  return children;
}
