"use client";

import { useParams } from "next/navigation";
import { careersPath } from "@/lib/careers/urls";
import { PostingUnavailable, useClosedPosting } from "./_components/posting-unavailable";

// Rendered inside the careers layout, which already provides the page's <main>.
export default function PostingNotFound() {
  const { org } = useParams<{ org: string }>();
  return <PostingUnavailable closed={useClosedPosting()} careersHref={careersPath(org)} />;
}
