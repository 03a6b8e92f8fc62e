import { Loading } from "@/components/ui/loading";

export default function JobsLoading() {
  return <Loading />;
}
