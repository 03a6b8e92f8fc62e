import { NextResponse, type NextRequest } from "next/server";
import { noncePolicy } from "./lib/security-headers.mjs";
import { filterParamNames } from "./lib/careers/filters";
import { PAGE_FORM_LIMITS, PAGE_FORM_REFUSED_MESSAGE } from "./lib/request";
import { checkForm, isFormPost, refusalHeaders } from "./server/http/read-form";
import { firstRunPending } from "./server/setup/first-run";

// Auth.js names the session cookie with a __Secure- prefix on https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// Public pages rendered per request (the dashboard's are all dynamic too); the other public pages are
// stored, and get their policy from the cache.
const PUBLIC_DYNAMIC_PAGES = /^\/(sign-in|sign-in\/sso|sign-in\/two-factor|setup|forgot-password|reset-password\/[^/]+|invitations\/[^/]+|status\/[^/]+|schedule\/[^/]+|careers\/[^/]+\/privacy|careers\/[^/]+\/[^/]+\/apply)\/?$/;

const APPLY_PAGE = /^\/careers\/[^/]+\/[^/]+\/apply\/?$/;

/**
 * A form posted to a page may be a no-JavaScript server action, whose whole body Next would parse before
 * Candor sees it: here it is first held to limits as it streams in, and refused at the first field or
 * byte past them (server/http/read-form.ts). The application form's post is held to the form limits and
 * sent back to the form; one to any other page (the matcher's last entry brings them here) is held to
 * PAGE_FORM_LIMITS and refused with a status. Every other request is answered without waiting.
 */
export function proxy(request: NextRequest): NextResponse | Promise<NextResponse> {
  if (!isFormPost(request)) return answer(request);
  return APPLY_PAGE.test(request.nextUrl.pathname) ? checkApplication(request) : checkPagePost(request);
}

async function checkApplication(request: NextRequest) {
  const refusal = await checkForm(request);
  return answer(request, refusal?.reason);
}

async function checkPagePost(request: NextRequest) {
  const refusal = await checkForm(request, PAGE_FORM_LIMITS);
  if (!refusal) return answer(request);
  const headers = { ...refusalHeaders(refusal.status), "content-type": "text/plain; charset=utf-8" };
  return new NextResponse(PAGE_FORM_REFUSED_MESSAGE, { status: refusal.status, headers });
}

function answer(request: NextRequest, refusal?: string) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const { pathname } = request.nextUrl;
  let response: NextResponse;
  // A brand-new server (empty database): every page leads to the set-up page. A flag in the process, not
  // a query: it is off for good once an organisation exists (server/setup/first-run.ts).
  if (firstRunPending() && pathname !== "/setup") response = NextResponse.redirect(new URL("/setup", request.nextUrl.origin));
  else if (refusal) response = showRefusal(request, refusal);
  else if (PUBLIC_DYNAMIC_PAGES.test(pathname)) response = NextResponse.next(withPolicy(request, nonce));
  else if (pathname.startsWith("/careers/")) response = isFiltered(request) ? showFilteredCareers(request, nonce) : NextResponse.next();
  else response = sendToSignInWithoutSession(request, nonce);
  response.headers.set("Content-Security-Policy", noncePolicy(nonce, { dev: process.env.NODE_ENV === "development" }));
  return response;
}

/** Back to the form (303: a GET), which shows why the post was refused; the rest of the body is not read. */
function showRefusal(request: NextRequest, reason: string) {
  const form = request.nextUrl.clone();
  form.searchParams.set("refused", reason);
  const response = NextResponse.redirect(form, 303);
  response.headers.set("Connection", "close");
  return response;
}

/**
 * Every page this proxy runs for is rendered per request, so it gets a fresh nonce: Next reads it from
 * the request's policy and puts it on each script tag it writes. Pages served from Next's cache get
 * hashes instead (server/careers/csp-cache-handler.mjs).
 */
function withPolicy(request: NextRequest, nonce: string) {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", noncePolicy(nonce, { dev: process.env.NODE_ENV === "development" }));
  return { request: { headers } };
}

/**
 * /careers/{org}?department=… is the address of a filtered careers page, which can be shared. The plain
 * page is stored and served like a static file; a filtered one is rendered per request from cached data
 * by ./careers/[org]/_search, and the address bar keeps the public URL. The matcher below sends only
 * queries with a filter parameter here (lib/careers/filters.ts `filterParamNames`).
 * Not a rewrite in next.config.ts: Next compiles the pattern of every configured rewrite again on each
 * request to any page, about 6 % of the CPU of serving a stored page (bench/careers.mjs).
 */
function showFilteredCareers(request: NextRequest, nonce: string) {
  // (The matcher brings only filtered careers pages here, and form posts to any page.)
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname}/_search`;
  return NextResponse.rewrite(url, withPolicy(request, nonce));
}

const isFiltered = (request: NextRequest) => filterParamNames.some((name) => request.nextUrl.searchParams.get(name));

/**
 * A convenience only: it sends visitors without a session cookie to sign-in, with a way back.
 * It never decides access (and never re-issues the session cookie, which would race sign-out):
 * requireMember() in every dashboard page and action verifies the session and the membership.
 */
function sendToSignInWithoutSession(request: NextRequest, nonce: string) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next(withPolicy(request, nonce));
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") signIn.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(signIn);
}

// Next reads this statically at build time: literals only.
export const config = {
  matcher: [
    "/",
    "/jobs/:path*",
    "/candidates/:path*",
    "/applications/:path*",
    "/feedback/:path*",
    "/hiring/:path*",
    "/notifications/:path*",
    "/settings/:path*",
    "/account/:path*",
    "/sign-in",
    "/sign-in/sso",
    "/sign-in/two-factor",
    "/setup",
    "/invitations/:token",
    "/forgot-password",
    "/reset-password/:token",
    "/status/:token",
    "/schedule/:token",
    "/careers/:org/privacy",
    "/careers/:org/:job/apply",
    { source: "/careers/:org", has: [{ type: "query", key: "q" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "department" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "location" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "workplace" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "type" }] },
    // A form posted to any page but an API route (route handlers read their own: readForm).
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "(?:multipart/form-data|application/x-www-form-urlencoded).*" }] },
  ],
};
