import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function OrganizationLoading() {
  return <SettingsSkeleton label="Loading organisation settings…" shape="form" />;
}
