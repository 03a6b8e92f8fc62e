import { z } from "zod";
import { env } from "@/lib/env";
import { createFailedJobForTest } from "@/server/background-jobs/test-fixtures";

export const dynamic = "force-dynamic";

/**
 * Test-only (CANDOR_E2E_FIXTURES=1, else a 404): leaves a failed background job with the given error,
 * for the Background jobs page's end-to-end tests. The job is a storage sweep, which this server does not
 * run without S3, so after a retry it stays visibly queued instead of failing again at random.
 */
const bodySchema = z.object({ error: z.string().min(1).max(200) }).strict();

export async function POST(request: Request) {
  if (env().CANDOR_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: z.prettifyError(body.error) }, { status: 400 });
  return Response.json({ id: await createFailedJobForTest(body.data.error) });
}
