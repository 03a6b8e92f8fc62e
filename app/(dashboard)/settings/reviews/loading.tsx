import { Loading } from "@/components/ui/loading";

export default function ReviewSettingsLoading() {
  return <Loading />;
}
