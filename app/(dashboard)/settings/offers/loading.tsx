import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function OfferSettingsLoading() {
  return <SettingsSkeleton label="Loading offer settings…" shape="form" />;
}
