import { findCareersPosting } from "@/server/cache/public";
import { ClosedPostingProvider } from "./_components/posting-unavailable";

export default async function PostingLayout({ children, params }: LayoutProps<"/careers/[org]/[job]">) {
  const { org, job } = await params;
  const posting = await findCareersPosting(org, job);
  const closed = posting?.closed ? { title: posting.job.title, organizationName: posting.organization.name } : null;
  return <ClosedPostingProvider value={closed}>{children}</ClosedPostingProvider>;
}
