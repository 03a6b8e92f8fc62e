import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function MembersLoading() {
  return <SettingsSkeleton label="Loading members…" shape="form and list" />;
}
