import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function SsoLoading() {
  return <SettingsSkeleton label="Loading single sign-on settings…" shape="form" />;
}
