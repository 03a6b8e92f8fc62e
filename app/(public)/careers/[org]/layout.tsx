import { notFound } from "next/navigation";
import { CareersFrame } from "@/components/careers/careers-frame";
import { getCareersSite } from "@/server/cache/public";

/**
 * The organisation's careers site frame around every page under it, each of which brings its own <main>.
 * Anonymous: no session is read anywhere under it.
 */
export default async function CareersLayout({ children, params }: LayoutProps<"/careers/[org]">) {
  const site = await getCareersSite((await params).org);
  if (!site) notFound();
  return <CareersFrame organization={site.organization}>{children}</CareersFrame>;
}
