import { Loading } from "@/components/ui/loading";

// In a route group so it covers the Settings page only: a loading boundary above /settings/mail would
// stream its shell before the page can call notFound(), and a forbidden or missing page would answer 200.
export default function SettingsLoading() {
  return <Loading />;
}
