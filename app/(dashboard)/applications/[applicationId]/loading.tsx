import { Loading } from "@/components/ui/loading";

export default function ApplicationLoading() {
  return <Loading label="Loading the application…" />;
}
