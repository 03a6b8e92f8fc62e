import { Loading } from "@/components/ui/loading";

export default function ScorecardLoading() {
  return <Loading />;
}
