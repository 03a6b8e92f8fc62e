import { Loading } from "@/components/ui/loading";

export default function FairnessLoading() {
  return <Loading label="Counting…" />;
}
