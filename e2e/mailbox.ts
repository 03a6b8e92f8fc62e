import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { MAILBOX_DIR } from "./smtp-sink";

export type ReceivedMail = { to: string; from?: string; subject?: string; text?: string; html?: string; attachments: { filename?: string; contentType: string; size: number }[] };

/** Waits until the test SMTP server has received a message for `address`, and returns it. */
export async function waitForMail(address: string, timeout = 20_000): Promise<ReceivedMail> {
  const find = () => readdirSync(MAILBOX_DIR).find((name) => name.startsWith(`${address.toLowerCase()}-`));
  await expect.poll(find, { timeout, message: `an email to ${address}` }).toBeTruthy();
  return JSON.parse(readFileSync(path.join(MAILBOX_DIR, find()!), "utf8")) as ReceivedMail;
}
