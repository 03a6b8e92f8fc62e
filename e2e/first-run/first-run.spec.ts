import { execFile } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { Client } from "pg";
import { startTestSmtpServer, type TestSmtpServer } from "@/test/smtp";
import { expectNoAxeViolations } from "../fixtures";
import { type AppServer, createDatabase, startAppServer } from "../multi-server/servers";

/**
 * A brand-new install, as an operator and their team meet it: an EMPTY PostgreSQL database, a production
 * server started on it, and a real SMTP server. Each test has its own database, server and mailbox.
 */

const POSTGRES = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const AUTH_SECRET = "first-run-secret-0123456789abcdefghijklmnop";
const ADMIN = { name: "Ines Admin", email: "ines@northwind.example", password: "harbour quince 1917" };
const RECRUITER = { name: "Rae Recruiter", email: "rae@northwind.example", password: "lantern saffron 2049" };

let cleanups: (() => Promise<unknown>)[] = [];
test.afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  cleanups = [];
});

async function emptyDatabase() {
  const database = await createDatabase(POSTGRES);
  cleanups.push(database.drop);
  return database;
}

async function start(env: Record<string, string>): Promise<AppServer> {
  const server = await startAppServer({ AUTH_SECRET, ...env }, 120_000);
  cleanups.push(server.stop);
  return server;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  cleanups.push(() => context.close());
  return context.newPage();
}

async function signIn(page: Page, server: AppServer, email: string, password: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The text of the first email the SMTP server received for `address`. */
async function mailTo(smtp: TestSmtpServer, address: string): Promise<string> {
  const find = () => smtp.received.find((mail: ParsedMail) => !Array.isArray(mail.to) && mail.to?.value.some((to) => to.address === address));
  await expect.poll(find, { timeout: 30_000, message: `an email to ${address}` }).toBeTruthy();
  return find()!.text ?? "";
}

async function auditActions(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ action: string }>("select action from audit_events where organization_id is not null order by id")).rows.map((row) => row.action);
  } finally {
    await client.end();
  }
}

test("from an empty database: set-up with the code from the log, then a recruiter invited, demoted and deactivated", async ({ browser }) => {
  const smtp = await startTestSmtpServer();
  cleanups.push(smtp.close);
  const database = await emptyDatabase();
  const server = await start({ DATABASE_URL: database.url, SMTP_URL: smtp.url });
  const code = /setup code: ([A-Z0-9-]+)/.exec(server.output())?.[1];
  expect(code, "the setup code in the server's log").toBeDefined();

  // Every page leads to the set-up page.
  const admin = await newPage(browser);
  for (const where of ["/", "/jobs", "/sign-in", "/settings/members"]) {
    await admin.goto(`${server.url}${where}`);
    await expect(admin, where).toHaveURL(`${server.url}/setup`);
  }
  await expect(admin.getByRole("heading", { name: "Set up your organisation" })).toBeVisible();
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Setup code").fill("WRONG-CODE0-00000-00000");
  await admin.getByLabel("Organisation name").fill("Northwind Clinics");
  await admin.getByLabel("Careers page address").fill("northwind");
  await admin.getByLabel("Website (optional)").fill("https://northwind.example");
  await admin.getByLabel("Time zone").selectOption("Europe/Lisbon");
  await admin.getByLabel("Your name").fill(ADMIN.name);
  await admin.getByLabel("Email").fill(ADMIN.email);
  await admin.getByLabel("Password").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Create organisation" }).click();
  await expect(admin.getByText("That is not this server's setup code.")).toBeVisible();
  await expect(admin.getByLabel("Setup code")).toBeFocused();
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Setup code").fill(code!);
  await admin.getByLabel("Password").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Create organisation" }).click();
  await expect(admin).toHaveURL(`${server.url}/settings/members`);
  await expect(admin.getByTestId("organization-name")).toHaveText("Northwind Clinics");
  expect((await admin.request.get(`${server.url}/setup`)).status()).toBe(404);

  // The admin invites a recruiter; the email arrives with the link.
  const invite = admin.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Email").fill(RECRUITER.email);
  await invite.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByRole("status")).toHaveText(`Invitation sent to ${RECRUITER.email}.`);
  await expect(admin.getByRole("row", { name: new RegExp(RECRUITER.email) })).toContainText("Recruiter");
  await expectNoAxeViolations(admin);
  const link = /(http\S+\/invitations\/\S+)/.exec(await mailTo(smtp, RECRUITER.email))?.[1];
  expect(link).toContain(`${server.url}/invitations/`);

  // The recruiter accepts, is signed in, and creates a job.
  const recruiter = await newPage(browser);
  await recruiter.goto(link!);
  await expect(recruiter.getByRole("heading", { name: "Join Northwind Clinics" })).toBeVisible();
  await expect(recruiter.getByText(`${ADMIN.name} invited you to Northwind Clinics on Candor as a recruiter`)).toBeVisible();
  await expectNoAxeViolations(recruiter);
  await recruiter.getByLabel("Your name").fill(RECRUITER.name);
  await recruiter.getByLabel("Choose a password").fill(RECRUITER.password);
  await recruiter.getByRole("button", { name: "Join Northwind Clinics" }).click();
  await expect(recruiter).toHaveURL(`${server.url}/jobs`);
  await recruiter.getByRole("link", { name: "New job" }).click();
  await recruiter.getByLabel("Title").fill("Staff Nurse");
  await recruiter.getByRole("button", { name: "Save as draft" }).click();
  await expect(recruiter.getByRole("heading", { name: "Staff Nurse", level: 1 })).toBeVisible();
  const editPage = `${new URL(recruiter.url()).pathname.replace(/\/$/, "")}/edit`;
  await recruiter.goto(`${server.url}${editPage}`);
  await expect(recruiter.getByRole("button", { name: "Save changes" })).toBeVisible();

  // The admin makes them an interviewer: their open session, still signed in, loses job editing on its next request.
  await admin.reload();
  const person = admin.getByRole("listitem", { name: RECRUITER.name });
  await person.getByLabel(`Role of ${RECRUITER.name}`, { exact: true }).selectOption("interviewer");
  await person.getByRole("button", { name: "Change role" }).click();
  await expect(person.getByRole("status")).toHaveText("Role changed. It applies from their next page or action.");
  expect((await recruiter.goto(`${server.url}${editPage}`))?.status()).toBe(404);
  await expect(recruiter.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await recruiter.goto(`${server.url}/jobs`);
  await expect(recruiter.getByTestId("organization-name")).toHaveText("Northwind Clinics");
  await expect(recruiter.getByTestId("member-role")).toHaveText("Interviewer");

  // The admin deactivates them: their next request is signed out, and they cannot sign in again.
  await admin.reload();
  await person.getByRole("button", { name: `Actions for ${RECRUITER.name}` }).click();
  await admin.getByRole("menuitem", { name: "Deactivate…" }).click();
  await admin.getByRole("dialog", { name: `Deactivate ${RECRUITER.name}?` }).getByRole("button", { name: "Deactivate" }).click();
  await expect(person).toContainText("Deactivated");
  await recruiter.goto(`${server.url}/jobs`);
  await expect(recruiter).toHaveURL(/\/sign-in/);
  await signIn(recruiter, server, RECRUITER.email, RECRUITER.password);
  await expect(recruiter.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
    "Your account has been deactivated. Ask an admin of your organisation to reactivate it.",
  );

  expect(await auditActions(database.url)).toEqual(
    expect.arrayContaining(["organization.created", "invitation.sent", "invitation.accepted", "member.role_changed", "member.deactivated"]),
  );
});

test("npx candor org create on a fresh database instead of the set-up page, then the admin signs in", async ({ browser }) => {
  // The server starts first, on the empty database: it offers set-up, until it learns the CLI did it.
  const database = await emptyDatabase();
  const server = await start({ DATABASE_URL: database.url });
  expect(server.output()).toContain("setup code");
  const created = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [path.join(__dirname, "..", "..", "bin", "candor.mjs"), "org", "create", "--name", "Harbour Freight", "--slug", "harbour", "--admin-email", ADMIN.email, "--admin-password", ADMIN.password, "--admin-name", ADMIN.name],
      { env: { ...process.env, DATABASE_URL: database.url, APP_URL: server.url } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
  expect(created, created.stderr).toMatchObject({ code: 0, stderr: "" });
  expect(created.stdout).toContain(`${ADMIN.email} is its admin and signs in at ${server.url}/sign-in`);

  const admin = await newPage(browser);
  await admin.goto(`${server.url}/jobs`);
  await expect(admin).toHaveURL(/\/sign-in/);
  expect((await admin.goto(`${server.url}/setup`))?.status()).toBe(404);
  await signIn(admin, server, ADMIN.email, ADMIN.password);
  await expect(admin.getByTestId("organization-name")).toHaveText("Harbour Freight");
  await admin.goto(`${server.url}/settings/members`);
  await expect(admin.getByRole("listitem", { name: ADMIN.name })).toContainText("Admin · joined");
});
