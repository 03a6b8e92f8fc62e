import { Loading } from "@/components/ui/loading";

export default function InterviewPlanLoading() {
  return <Loading />;
}
