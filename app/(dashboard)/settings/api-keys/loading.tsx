import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function ApiKeysLoading() {
  return <SettingsSkeleton label="Loading API keys…" shape="form" />;
}
