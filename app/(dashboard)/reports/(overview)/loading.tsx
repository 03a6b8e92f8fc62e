import { Loading } from "@/components/ui/loading";

export default function ReportsLoading() {
  return <Loading label="Counting…" />;
}
