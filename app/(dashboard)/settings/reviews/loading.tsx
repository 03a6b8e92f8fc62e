import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function ReviewsLoading() {
  return <SettingsSkeleton label="Loading review settings…" shape="form" />;
}
