import { Loading } from "@/components/ui/loading";

export default function JobLoading() {
  return <Loading />;
}
