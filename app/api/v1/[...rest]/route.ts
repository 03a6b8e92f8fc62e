import { problem } from "@/lib/api/problem";
import { problemResponse } from "@/server/api/operation";

export const dynamic = "force-dynamic";

// Any other address under /api/v1 is a problem too (RFC 9457), not Next's HTML 404 page.
const notFound = () => problemResponse(problem(404, "There is no such API endpoint. The reference is at /api/v1/docs."));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
