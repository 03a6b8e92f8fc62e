import { capabilityLayout } from "@/server/auth/session";

/**
 * The role check runs here, outside the page's loading boundary, so an interviewer gets a real 404
 * status: once loading.tsx starts streaming, the status is already 200.
 */
export default capabilityLayout("hiring.view");
