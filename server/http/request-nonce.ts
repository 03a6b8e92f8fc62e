import "server-only";
import { headers } from "next/headers";

/** The nonce of the script policy proxy.ts gave this request, for a script tag a page writes itself. */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy");
  return policy ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined;
}
