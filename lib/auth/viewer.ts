import type { MemberRole } from "@/lib/enums";

/** Who is asking: every query of private data is scoped by this. */
export type Viewer = { organizationId: string; userId: string; role: MemberRole };
