import { capabilityLayout } from "@/server/auth/session";

// The role check above the pages' loading.tsx, so a role without it gets a real 404 status.
export default capabilityLayout("webhooks.manage");
