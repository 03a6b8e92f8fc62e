import "server-only";
import { db } from "@/db/client";
import { addressRule, countAttempt, type RateLimitRule } from "@/db/queries/rate-limits";
import { AppError } from "@/lib/errors";
import { requestOrigin } from "@/server/audit/record-audit";
import { enqueue } from "@/server/background-jobs/enqueue";

// Per address: enough for a lost email or two; per client: enough for an office behind one address.
const emailRule = (email: string): RateLimitRule => ({ key: `password-reset:email:${email}`, limit: 3, windowMinutes: 60, lockMinutes: 60 });
const ipRule = (ip: string): RateLimitRule => addressRule("password-reset", ip, { limit: 20, windowMinutes: 60, lockMinutes: 60 });

/**
 * "Forgot password". The answer is the same whether or not the address has an account (nothing is
 * returned), and so is the work done before it: the limits count every address alike, and the request
 * is queued for the background job (sendPasswordResetLink), which alone looks the address up and emails
 * a link. So neither the answer nor its timing tells anyone which addresses have accounts.
 */
export async function requestPasswordReset(input: { email: string; ip: string }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  if (await countAttempt([ipRule(input.ip), emailRule(email)])) {
    throw new AppError("RATE_LIMITED", "Too many reset requests. Please wait an hour before asking for another link.");
  }
  const { userAgent } = await requestOrigin();
  const jobId = await enqueue(db(), "accounts.password-reset", { email, ip: input.ip, userAgent });
  if (!jobId) throw new Error("the accounts.password-reset queue does not exist: the job runner has not prepared it");
}
