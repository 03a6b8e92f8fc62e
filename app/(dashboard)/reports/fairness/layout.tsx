import { requireMember } from "@/server/auth/session";

/** Admins only, checked outside the loading boundary so everyone else gets a real 404. */
export default async function FairnessLayout({ children }: LayoutProps<"/reports/fairness">) {
  await requireMember("reports.fairness");
  return children;
}
