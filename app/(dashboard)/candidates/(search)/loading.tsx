import { Loading } from "@/components/ui/loading";

// In the (search) group so it covers the search page only: a loading boundary above /candidates/[id]
// would start streaming before those pages decide, and their notFound() would answer 200 instead of 404.
export default function CandidatesLoading() {
  return <Loading label="Searching candidates…" />;
}
