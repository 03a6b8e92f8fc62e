import { Loading } from "@/components/ui/loading";

export default function NotificationsLoading() {
  return <Loading label="Loading notifications…" />;
}
