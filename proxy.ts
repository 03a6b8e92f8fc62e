import { NextResponse, type NextRequest } from "next/server";

// Auth.js names the session cookie with a __Secure- prefix on https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/careers/")) return showFilteredCareers(request);
  return sendToSignInWithoutSession(request);
}

/**
 * /careers/{org}?department=… is the address of a filtered careers page, which can be shared. The plain
 * page is stored and served like a static file; a filtered one is rendered per request from cached data
 * by ./careers/[org]/_search, and the address bar keeps the public URL. The matcher below sends only
 * queries with a filter parameter here (lib/careers/filters.ts `filterParamNames`).
 * Not a rewrite in next.config.ts: Next compiles the pattern of every configured rewrite again on each
 * request to any page, about 6 % of the CPU of serving a stored page (bench/careers.mjs).
 */
function showFilteredCareers(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname}/_search`;
  return NextResponse.rewrite(url);
}

/**
 * A convenience only: it sends visitors without a session cookie to sign-in, with a way back.
 * It never decides access (and never re-issues the session cookie, which would race sign-out):
 * requireMember() in every dashboard page and action verifies the session and the membership.
 */
function sendToSignInWithoutSession(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
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
    { source: "/careers/:org", has: [{ type: "query", key: "q" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "department" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "location" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "workplace" }] },
    { source: "/careers/:org", has: [{ type: "query", key: "type" }] },
  ],
};
