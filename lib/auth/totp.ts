import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/**
 * Time-based one-time passwords (RFC 6238) through otplib: SHA-1, six digits, 30-second steps, the
 * settings every authenticator app reads from a QR code.
 */
export const TOTP_PERIOD_SECONDS = 30;

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), Base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// address the QR code holds: the app lists the account as "Candor (email)". */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: "Candor", label: email, secret });
}

/** The QR code of `uri` as an SVG data: URL (the page's policy allows data: images; nothing leaves the server). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function formatSecretForTyping(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** Six digits, spaces allowed ("123 456", as some apps show them). */
export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ""));
}

/**
 * The time step a code belongs to, when it is right for now or the step just before or after (a clock
 * a little off, or a code typed as it changed) and later than `afterStep`, the step of the last code
 * accepted: so a code, once used, is refused for the rest of its life. Null when it does not match.
 */
export async function matchTotp(secret: string, code: string, afterStep: number | null, epochSeconds = Math.floor(Date.now() / 1000)): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const currentStep = Math.floor(epochSeconds / TOTP_PERIOD_SECONDS);
  // otplib refuses (throws on) an afterTimeStep beyond its window; a step that recent leaves nothing to accept.
  if (afterStep !== null && afterStep >= currentStep + 1) return null;
  try {
    const result = await verify({
      secret,
      token,
      epoch: epochSeconds,
      epochTolerance: TOTP_PERIOD_SECONDS,
      ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
