import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function TwoFactorLoading() {
  return <SettingsSkeleton label="Loading two-factor settings…" shape="form" />;
}
