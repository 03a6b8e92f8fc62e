import { Loading } from "@/components/ui/loading";

export default function FeedbackLoading() {
  return <Loading />;
}
