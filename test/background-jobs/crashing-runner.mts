// A job runner in its own process, for the test that kills a server in the middle of a job. It opens
// the database the parent names (DATABASE_URL, or PGLITE_DATA_DIR), blocks in the job's handler and
// prints "started <key>" so the parent knows when to kill it.
import { databaseHandle } from "@/db/client";
import { startJobRunner } from "@/server/background-jobs/runner";
import { testTasks } from "./tasks.ts";

const handle = databaseHandle();
await handle.ready();
await startJobRunner({
  handle,
  tasks: testTasks(handle.db, { block: true, onStart: (key) => console.log(`started ${key}`) }),
  pollingIntervalSeconds: 0.5,
});
console.log("ready");
