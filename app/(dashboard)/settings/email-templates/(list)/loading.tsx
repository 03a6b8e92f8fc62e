import { SettingsSkeleton } from "../../_components/settings-skeleton";

export default function EmailTemplatesLoading() {
  return <SettingsSkeleton label="Loading email templates…" shape="form" />;
}
