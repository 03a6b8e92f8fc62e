import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias, hidesIdentity, type IdentityContext } from "./identity";

/** The candidate as this member may see them: their name, or the application's alias under anonymised review. */
export function candidateLabel(viewer: Pick<Viewer, "role">, application: IdentityContext & { id: string; candidateName: string }): string {
  return hidesIdentity(viewer, application) ? candidateAlias(application.id) : application.candidateName;
}
