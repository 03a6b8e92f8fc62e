import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function RejectionLoading() {
  return <SettingsSkeleton label="Loading rejection settings…" shape="form" />;
}
