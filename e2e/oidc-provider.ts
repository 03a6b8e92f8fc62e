import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

// E2E_OIDC_PORT lets several checkouts run their end-to-end tests side by side.
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3109);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;

type Account = { email: string; name: string; emailVerified: boolean };

/**
 * Playwright global setup: a real OpenID Connect provider (panva's oidc-provider, the certified
 * implementation) on 127.0.0.1, for the single sign-on tests. Tests register a client for their
 * organisation's redirect URI through dynamic client registration (POST /reg), as an admin registers
 * Candor at Okta or Entra ID. Its sign-in page (`/interaction/<uid>`) lets a test be anyone: it types the
 * address and name the provider then asserts, and whether the address is verified.
 */
export default async function startOidcProvider() {
  const accounts = new Map<string, Account>();
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(OIDC_ISSUER, {
    jwks: { keys: [{ ...signingKey, kid: "e2e", use: "sig", alg: "RS256" }] as never },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: false }, registration: { enabled: true } },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The scopes' claims go in the ID token too, as Okta, Entra ID, Google and Keycloak put them there.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified, name: account.name }) };
    },
  });
  provider.on("server_error", (_ctx, error) => console.error(`test OIDC provider: ${error.message}`));

  const handleProtocol = provider.callback();
  const server = createServer((req, res) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? "/", OIDC_ISSUER).pathname)?.[1];
    if (!uid) return void handleProtocol(req, res);
    (req.method === "POST" ? finishInteraction(provider, accounts, req, res) : showSignIn(provider, uid, req, res)).catch((error: Error) => {
      res.writeHead(400, { "content-type": "text/plain" }).end(`test OIDC provider: ${error.message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(OIDC_PORT, "127.0.0.1", resolve));
  return async () => new Promise<void>((resolve) => server.close(() => resolve()));
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function showSignIn(provider: Provider, uid: string, req: IncomingMessage, res: ServerResponse) {
  const { params } = await provider.interactionDetails(req, res);
  const hint = typeof params.login_hint === "string" ? escapeHtml(params.login_hint) : "";
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main>
<h1>Test identity provider</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}">
  <p><label>Email <input type="email" name="email" value="${hint}" required></label></p>
  <p><label>Full name <input type="text" name="name"></label></p>
  <p><label><input type="checkbox" name="verified" checked> Email address verified</label></p>
  <p><button type="submit" name="action" value="sign-in">Sign in</button>
  <button type="submit" name="action" value="cancel" formnovalidate>Cancel</button></p>
</form>
</main></body></html>`);
}

/** Signs the typed person in and consents to what Candor asked for, or answers access_denied on Cancel. */
async function finishInteraction(provider: Provider, accounts: Map<string, Account>, req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
  if (form.get("action") === "cancel") {
    await provider.interactionFinished(req, res, { error: "access_denied", error_description: "The person cancelled signing in." }, { mergeWithLastSubmission: false });
    return;
  }
  const email = (form.get("email") ?? "").trim();
  const accountId = `account-${email.toLowerCase()}`;
  accounts.set(accountId, { email, name: form.get("name") ?? "", emailVerified: form.get("verified") === "on" });

  const { params, prompt } = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId, clientId: String(params.client_id) });
  const details = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  grant.addOIDCScope(details.missingOIDCScope?.join(" ") ?? String(params.scope));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
}
