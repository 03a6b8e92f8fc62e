import { Loading } from "@/components/ui/loading";

export default function CandidatesLoading() {
  return <Loading label="Searching candidates…" />;
}
