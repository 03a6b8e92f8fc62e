import { NotFoundMessage } from "@/components/ui/not-found-message";

// Rendered inside the dashboard layout, which already provides the page's <main>.
export default function DashboardNotFound() {
  return <NotFoundMessage homeHref="/jobs" homeLabel="Back to jobs" />;
}
