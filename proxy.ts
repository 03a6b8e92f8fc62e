import { NextResponse, type NextRequest } from "next/server";

// Auth.js names the session cookie with a __Secure- prefix on https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * A convenience only: it sends visitors without a session cookie to sign-in, with a way back.
 * It never decides access (and never re-issues the session cookie, which would race sign-out):
 * requireMember() in every dashboard page and action verifies the session and the membership.
 */
export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") signIn.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(signIn);
}

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
  ],
};
