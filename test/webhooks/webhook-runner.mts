// The job runner with the webhook delivery pass, in its own process, for the test that kills it in the
// middle of a delivery. It opens the database the parent names (DATABASE_URL or PGLITE_DATA_DIR).
import { databaseHandle } from "@/db/client";
import { startJobRunner } from "@/server/background-jobs/runner";
import { webhookDeliveryTask } from "@/server/webhooks/deliver-webhooks";

const handle = databaseHandle();
await handle.ready();
await startJobRunner({ handle, tasks: { "webhooks.deliver": webhookDeliveryTask }, pollingIntervalSeconds: 0.5 });
console.log("ready");
