import { capabilityLayout } from "@/server/auth/session";

// The role check above the candidate's loading.tsx, so a role that may not merge gets a real 404 status.
export default capabilityLayout("candidates.merge");
