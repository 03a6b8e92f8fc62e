import { Loading } from "@/components/ui/loading";

export default function CandidateLoading() {
  return <Loading label="Loading the candidate…" />;
}
