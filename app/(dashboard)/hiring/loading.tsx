import { Loading } from "@/components/ui/loading";

export default function HiringLoading() {
  return <Loading />;
}
