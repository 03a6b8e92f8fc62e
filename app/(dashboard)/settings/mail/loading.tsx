import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function MailLoading() {
  return <SettingsSkeleton label="Loading mail…" shape="table" />;
}
