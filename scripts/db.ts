// `npm run db:migrate` and `npm run db:seed`. With the embedded database, run these only while
// Candor is stopped: PGlite belongs to one process at a time.
import { databaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { parseEnv } from "@/lib/env";
import { describeStartupError } from "@/lib/startup-error";

async function main(command: string | undefined) {
  parseEnv();
  const handle = databaseHandle();
  try {
    await handle.ready();
    await migrateDatabase(handle);
    console.log("candor: migrations applied");
    if (command === "seed") {
      const created = await seedDemo(handle.db);
      console.log(created ? "candor: demo organisation created" : "candor: demo organisation already present; nothing changed");
    }
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`candor: ${describeStartupError(error, process.env.DATABASE_URL)}`);
  process.exit(1);
});
