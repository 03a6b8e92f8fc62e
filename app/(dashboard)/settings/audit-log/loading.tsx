import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function AuditLogLoading() {
  return <SettingsSkeleton label="Loading the audit log…" shape="table" />;
}
