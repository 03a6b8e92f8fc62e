import { z } from "zod";
import { checkbox } from "./job";

/** A domain name as people write it after the "@": labels of letters, digits and hyphens, lower-cased. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** The domain of an email address, lower-cased ("Ann@Example.COM" → "example.com"), or null. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1) return null;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return DOMAIN.test(domain) ? domain : null;
}

/** Whether `email` is an address in `domain` exactly (not a subdomain of it), whatever the case. */
export function isEmailInDomain(email: string, domain: string | null): boolean {
  return domain !== null && emailDomain(email) === domain.toLowerCase();
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Why an identity provider's issuer URL cannot be used, or null. It must be https: the browser is sent
 * there to sign in and Candor fetches its keys from there. Plain http is accepted only for a provider on
 * this machine (127.0.0.1, localhost) and only when `allowHttpLoopback` (development and tests).
 */
export function issuerProblem(issuer: string, { allowHttpLoopback }: { allowHttpLoopback: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return "Enter the issuer as a full URL, like https://login.example.com.";
  }
  if (url.username || url.password || url.search || url.hash) return "Enter the issuer URL without a user name, query or #fragment.";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && allowHttpLoopback && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return "The issuer URL must start with https://.";
}

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());

/**
 * The Settings → Single sign-on form. The client secret is never shown back: an empty field keeps the
 * stored one (the use case requires it when none is stored yet).
 */
export const ssoSettingsSchema = z.object({
  enabled: checkbox.default(false),
  issuer: z
    .string()
    .trim()
    .min(1, "Enter the issuer URL of your identity provider.")
    .max(500, "That URL is too long.")
    // The browser and the server agree on the shape; whether http is allowed here is the server's call.
    .superRefine((value, ctx) => {
      const problem = value && issuerProblem(value, { allowHttpLoopback: true });
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  clientId: z.string().trim().min(1, "Enter the client ID your identity provider gave Candor.").max(255, "That client ID is too long."),
  clientSecret: optionalText(1000, "That client secret is too long."),
  allowedDomain: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase().replace(/^@/, "") : v),
    z
      .string()
      .max(253, "That domain is too long.")
      .refine((value) => value === "" || DOMAIN.test(value), "Enter a domain like example.com, without a name or @.")
      .transform((value) => (value === "" ? null : value)),
  ),
});

export type SsoSettingsInput = z.input<typeof ssoSettingsSchema>;
export type SsoSettings = z.output<typeof ssoSettingsSchema>;

/** "Sign in with SSO": a work email, or the organisation's Candor ID (its slug, as in /careers/acme). */
export const ssoStartSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, "Enter your work email address.")
    .max(320, "That is too long for an email address."),
  callbackUrl: z.string().max(4096).optional().catch(undefined),
});

export type SsoStartInput = z.input<typeof ssoStartSchema>;
