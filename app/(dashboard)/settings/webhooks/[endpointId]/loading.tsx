import { SettingsSkeleton } from "../../_components/settings-skeleton";

export default function WebhookDeliveriesLoading() {
  return <SettingsSkeleton label="Loading deliveries…" shape="table" />;
}
