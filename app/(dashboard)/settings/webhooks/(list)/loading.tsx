import { SettingsSkeleton } from "../../_components/settings-skeleton";

export default function WebhooksLoading() {
  return <SettingsSkeleton label="Loading webhooks…" shape="table" />;
}
