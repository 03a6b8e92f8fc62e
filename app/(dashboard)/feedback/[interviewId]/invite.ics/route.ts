import { z } from "zod";
import { getCurrentMember } from "@/server/auth/session";
import { getInvitationForParticipant } from "@/server/interviews/find-participant-interview";

export const dynamic = "force-dynamic";

/** "Add to calendar": the interview's invitation again, for its own interviewers only (everyone else: 404). */
export async function GET(_request: Request, { params }: RouteContext<"/feedback/[interviewId]/invite.ics">) {
  const member = await getCurrentMember();
  const id = z.uuid().safeParse((await params).interviewId);
  const ics = member && id.success ? await getInvitationForParticipant(member, id.data) : null;
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8; method=REQUEST",
      "Content-Disposition": 'attachment; filename="interview.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
