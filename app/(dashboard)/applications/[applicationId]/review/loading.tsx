import { Loading } from "@/components/ui/loading";

export default function ApplicationReviewLoading() {
  return <Loading />;
}
