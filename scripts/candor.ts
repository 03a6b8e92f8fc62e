// The admin CLI (`npx candor <command>`, started by bin/candor.mjs). Each command calls the same use case
// as the web page that does the same thing. Exit codes: 0 done, 1 refused or failed (the reason is
// printed), 2 the command line itself is wrong.
import { parseArgs } from "node:util";
import { loadEnvConfig } from "@next/env";
import { z } from "zod";
import { databaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { describeStartupError } from "@/lib/startup-error";
import { emailField, personNameField } from "@/lib/validation/members";
import { organizationFieldsSchema } from "@/lib/validation/organization";
import { newPasswordField } from "@/lib/validation/password";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import { apiScopes } from "@/lib/permissions";
import { createApiKeyFromCli } from "@/server/api-keys/create-api-key";
import { createOrganization } from "@/server/organizations/create-organization";
import { disableUser } from "@/server/users/disable-user";
import { createPasswordResetLink } from "@/server/accounts/create-password-reset-link";
import { RESET_LINK_VALID_MINUTES } from "@/server/accounts/reset-links";
import { INVITATION_VALID_DAYS, invitationUrl } from "@/server/members/invitation-link";

const usage = `Usage: npx candor <command> [options]

Commands:
  org create --name NAME --slug SLUG --admin-email EMAIL [--admin-password PASSWORD]
             [--admin-name NAME] [--website URL] [--time-zone ZONE]
      Creates an organisation and its first admin. Without --admin-password a new admin gets a
      one-time invitation link (printed) to set their own password; an existing account joins as is.
  user reset-password --email EMAIL
      Prints a one-time link to set a new password (valid ${RESET_LINK_VALID_MINUTES} minutes).
  user disable --email EMAIL [--force]
      The person can no longer sign in to any organisation; their open sessions end now. Refused when
      they are an organisation's only active admin, unless --force.
  api-key create --org SLUG --name NAME --scopes SCOPES
      Creates a REST API key for the organisation and prints it on the last line (shown only once).
      SCOPES is a comma list of ${apiScopes.join(", ")}.
  migrate
      Applies the database migrations (the server also does at start).
  seed-demo
      Creates the demo organisation (Lumen Robotics) if it is not there yet.

It uses the server's configuration: DATABASE_URL (or the embedded database in PGLITE_DATA_DIR, which
only one process may open: stop the server first) and APP_URL for links, from the environment or .env files.
Exit codes: 0 done, 1 refused or failed, 2 wrong command line.`;

class UsageError extends Error {}

/** Flag names for the use cases' field names, so a refusal names what to change. */
const flags: Record<string, string> = {
  name: "--name",
  slug: "--slug",
  website: "--website",
  timeZone: "--time-zone",
  adminEmail: "--admin-email",
  adminName: "--admin-name",
  adminPassword: "--admin-password",
  email: "--email",
  force: "--force",
  org: "--org",
  scopes: "--scopes",
};

function parse<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new UsageError(parsed.error.issues.map((issue) => `${flags[String(issue.path[0])] ?? issue.path.join(".")}: ${issue.message}`).join("\n"));
}

function options(args: string[], names: string[], switches: string[] = []) {
  const { values, positionals } = parseArgs({
    args,
    options: Object.fromEntries([
      ...names.map((name) => [name, { type: "string" as const }]),
      ...switches.map((name) => [name, { type: "boolean" as const }]),
    ]),
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument: ${String(positionals[0])}`);
  return values as Record<string, string | boolean | undefined>;
}

const orgCreateInput = organizationFieldsSchema.extend({
  adminEmail: emailField,
  adminName: personNameField.optional(),
  adminPassword: newPasswordField.optional(),
});

async function orgCreate(args: string[]) {
  const o = options(args, ["name", "slug", "website", "time-zone", "admin-email", "admin-name", "admin-password"]);
  const input = parse(orgCreateInput, { ...o, timeZone: o["time-zone"], adminEmail: o["admin-email"], adminName: o["admin-name"], adminPassword: o["admin-password"] });
  const created = await createOrganization({ ...input, admin: { email: input.adminEmail, name: input.adminName, password: input.adminPassword } });
  const { APP_URL } = env();
  console.log(`candor: created the organisation ${created.organization.name}; its careers page is ${APP_URL}/careers/${created.organization.slug}`);
  if (created.invitationToken) {
    console.log(`candor: send ${created.admin.email} this one-time link to set their password and sign in (valid ${INVITATION_VALID_DAYS} days):`);
    console.log(invitationUrl(created.invitationToken));
  } else {
    const how = created.admin.existingAccount ? "with their existing password" : "with the password given";
    console.log(`candor: ${created.admin.email} is its admin and signs in at ${APP_URL}/sign-in ${how}`);
  }
}

async function userCommand(sub: string | undefined, args: string[]) {
  const { email, force } = parse(z.object({ email: emailField, force: z.boolean().default(false) }), options(args, ["email"], sub === "disable" ? ["force"] : []));
  if (sub === "reset-password") {
    const { url, expiresAt } = await createPasswordResetLink({ email });
    console.log(`candor: a one-time link for ${email} to set a new password (valid until ${expiresAt.toISOString()}):`);
    console.log(url);
  } else if (sub === "disable") {
    const { endedSessions } = await disableUser(email, { force });
    console.log(`candor: disabled ${email}; ended ${endedSessions} open session${endedSessions === 1 ? "" : "s"}`);
  } else {
    throw new UsageError(`Unknown command: user ${sub ?? ""}`.trim());
  }
}

async function apiKeyCreate(args: string[]) {
  const o = options(args, ["org", "name", "scopes"]);
  const { org, ...input } = parse(createApiKeySchema.extend({ org: z.string().trim().min(1, "Name the organisation by its slug.") }), o);
  const created = await createApiKeyFromCli(org, input);
  console.log(`candor: created the API key “${created.name}” for ${org} with the scopes ${created.scopes.join(", ")}. Store it now: it is not shown again.`);
  console.log(created.key);
}

async function run(argv: string[]) {
  const [command, sub, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") return void console.log(usage);
  const known = (command === "org" && sub === "create") || (command === "api-key" && sub === "create") || command === "user" || command === "migrate" || command === "seed-demo";
  if (!known) throw new UsageError(`Unknown command: ${[command, sub].filter(Boolean).join(" ")}`);
  if ((command === "migrate" || command === "seed-demo") && sub) throw new UsageError(`Unexpected argument: ${sub}`);
  env();
  const handle = databaseHandle();
  try {
    await handle.ready();
    // Every command works on an up-to-date schema, as the server does after it starts.
    await migrateDatabase(handle);
    if (command === "migrate") console.log("candor: migrations applied");
    else if (command === "seed-demo") console.log((await seedDemo(handle.db)) ? "candor: demo organisation created" : "candor: demo organisation already present; nothing changed");
    else if (command === "org") await orgCreate(rest);
    else if (command === "api-key") await apiKeyCreate(rest);
    else await userCommand(sub, rest);
  } finally {
    await handle.close();
  }
}

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => undefined, error: console.error });
run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(`candor: ${error.message}\nRun \`npx candor help\` for the commands and their options.`);
      process.exit(2);
    }
    if (error instanceof AppError) {
      // Field errors name the option to change; the form-level sentence would only repeat them.
      const fields = Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => `candor: ${flags[field] ?? field}: ${messages.join(" ")}`);
      console.error(fields.length > 0 ? fields.join("\n") : `candor: ${error.message}`);
      process.exit(1);
    }
    console.error(`candor: ${describeStartupError(error, process.env.DATABASE_URL)}`);
    process.exit(1);
  },
);
