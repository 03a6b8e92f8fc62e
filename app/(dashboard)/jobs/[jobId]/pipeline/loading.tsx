import { Loading } from "@/components/ui/loading";

export default function PipelineLoading() {
  return <Loading label="Loading the pipeline…" />;
}
