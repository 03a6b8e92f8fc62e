"use client";

import { useParams } from "next/navigation";
import { careersPath } from "@/lib/careers/urls";
import { CareersMain } from "../_components/careers-main";
import { PostingUnavailable, useClosedPosting } from "./_components/posting-unavailable";

/** A posting, or a page under it such as the apply form, that is closed, a draft or unknown. */
export default function PostingNotFound() {
  const { org } = useParams<{ org: string }>();
  return (
    <CareersMain>
      <PostingUnavailable closed={useClosedPosting()} careersHref={careersPath(org)} />
    </CareersMain>
  );
}
