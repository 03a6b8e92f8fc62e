import { SettingsSkeleton } from "../_components/settings-skeleton";

export default function BackgroundJobsLoading() {
  return <SettingsSkeleton label="Loading background jobs…" shape="table" />;
}
