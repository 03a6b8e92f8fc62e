import { AppError } from "@/lib/errors";
import { memberRoles, type JobTeamRole, type MemberRole } from "@/lib/enums";

/**
 * Who can do what: the one place that grants capabilities to roles. Actions name a capability
 * (`memberAction("pipeline.move", ...)`), use cases call `assertCan`, pages call `can` to decide what to
 * show. No role list is written out anywhere else; the README's table is generated from this one and a
 * test keeps them equal.
 */
export const capabilities = {
  "jobs.read": "See jobs, their pipelines, candidates and files",
  "jobs.manage": "Create, import, edit, publish and close jobs; edit their questions, stages and hiring team",
  "interviewPlan.edit": "Edit a job's interview plan and scorecards",
  "pipeline.move": "Move, reject and restore applicants",
  "candidates.addToJob": "Add a candidate to another job",
  "candidates.merge": "See possible duplicates and merge candidates",
  "candidates.add": "Add candidates by hand and import them from a CSV file",
  "candidates.export": "Export candidates and their applications as CSV",
  "candidates.refer": "Refer someone for a job and follow their own referrals' stage",
  "identity.reveal": "Reveal an anonymised candidate's identity",
  "interviews.schedule": "Schedule interviews",
  "scorecards.submit": "Write and submit their own scorecards",
  "scorecards.readAll": "Read every scorecard without submitting their own first",
  "offers.read": "See offers, their approvals and letters",
  "offers.manage": "Draft and edit offers and send them for approval",
  "offers.approve": "Approve or decline an offer at their step of the approval chain",
  "hiring.view": "See the Hiring overview",
  "reports.read": "See reports (funnel, speed, sources, interviewers, offers) and export them",
  "reports.fairness": "See and export the fairness (adverse impact) report built from self-identification",
  "notes.write": "Write notes and mention colleagues",
  "mail.read": "Read the organisation's outgoing mail",
  "mail.send": "Email candidates (one, or the cards selected on a board), now or at a chosen time",
  "mail.templates": "Create, edit and delete the organisation's email templates",
  "settings.rejection.read": "See the rejection reasons and email",
  "settings.rejection.edit": "Change the rejection reasons and email",
  "settings.reviews.edit": "Change who sees scorecards before submitting their own",
  "settings.jobs.manage": "See background jobs and retry a failed one",
  "settings.offers.edit": "Change the offer approval chain and letter template",
  "members.manage": "Invite members, change their roles, deactivate and reactivate them",
  "organization.manage": "Change the organisation's profile, careers branding and sign-in rules (two-factor, SSO)",
  "audit.read": "Read and export the audit log",
  "apiKeys.manage": "Create and revoke API keys",
  "webhooks.manage": "Add, disable and delete webhook endpoints, see their deliveries and redeliver events",
} as const;

export type Capability = keyof typeof capabilities;

/**
 * Where a grant applies: `all` on every job of the organisation; `team` on jobs whose hiring team the
 * member is on; `teamHiringManager` on jobs where the member is the hiring team's hiring manager,
 * whatever their organisation role (an interviewer who hires for their own team approves its offers).
 */
export type Scope = "all" | "team" | "teamHiringManager";

const everything = Object.fromEntries(Object.keys(capabilities).map((capability) => [capability, "all"])) as Record<Capability, Scope>;

const grants: Record<MemberRole, Partial<Record<Capability, Scope>>> = {
  admin: everything,
  recruiter: {
    "jobs.read": "all",
    "jobs.manage": "all",
    "interviewPlan.edit": "all",
    "pipeline.move": "all",
    "candidates.addToJob": "all",
    "candidates.merge": "all",
    "candidates.add": "all",
    "candidates.export": "all",
    "candidates.refer": "all",
    "identity.reveal": "all",
    "interviews.schedule": "all",
    "scorecards.submit": "team",
    "scorecards.readAll": "all",
    "hiring.view": "all",
    "reports.read": "all",
    "notes.write": "all",
    "mail.read": "all",
    "mail.send": "all",
    "mail.templates": "all",
    "settings.rejection.read": "all",
    "offers.read": "all",
    "offers.manage": "all",
    "offers.approve": "all",
  },
  hiring_manager: {
    "jobs.read": "team",
    "candidates.export": "team",
    "candidates.refer": "all",
    "scorecards.submit": "team",
    "offers.read": "team",
    "offers.approve": "team",
    "hiring.view": "team",
    "reports.read": "team",
    "notes.write": "team",
  },
  interviewer: {
    "jobs.read": "team",
    "candidates.refer": "all",
    "scorecards.submit": "team",
    "offers.read": "teamHiringManager",
    "offers.approve": "teamHiringManager",
    "notes.write": "team",
  },
};

/** The scope in which `role` holds `capability`, or null when it does not hold it at all. */
export function scopeOf(role: MemberRole, capability: Capability): Scope | null {
  return grants[role][capability] ?? null;
}

/** Whether `role` holds `capability` somewhere (on every job, or on some jobs through their team). */
export function can(role: MemberRole, capability: Capability): boolean {
  return scopeOf(role, capability) !== null;
}

/** Whether `role` holds `capability` on every job of the organisation, team or not. */
export function canEverywhere(role: MemberRole, capability: Capability): boolean {
  return scopeOf(role, capability) === "all";
}

/** Admins and recruiters work on every job; the others only on jobs whose hiring team they are on. */
export function seesAllJobs(role: MemberRole): boolean {
  return canEverywhere(role, "jobs.read");
}

/**
 * Which of the organisation's jobs a query may read for a member: every job, or only those whose hiring
 * team includes `userId`. Use cases and pages compute it here (`jobScope`) and pass it to db/queries,
 * which turn it into a WHERE clause and decide nothing themselves.
 */
export type JobScope = { organizationId: string; userId: string; jobs: "all" | "team" | "none" };

/**
 * The jobs on which `viewer` holds `capability` (by default: the jobs they may see at all). A grant as
 * the job's hiring manager becomes "team" here; a use case still checks `canOnJob` on the one job.
 */
export function jobScope(viewer: { organizationId: string; userId: string; role: MemberRole }, capability: Capability = "jobs.read"): JobScope {
  const scope = scopeOf(viewer.role, capability);
  const jobs = scope === "all" ? "all" : scope === null ? "none" : "team";
  return { organizationId: viewer.organizationId, userId: viewer.userId, jobs };
}

/** The member's place on one job: absent when the job's hiring team does not include them. */
export type JobResource = { teamRole: JobTeamRole | null };

/** Whether `role` holds `capability` on one job, given the member's role on its hiring team. */
export function canOnJob(role: MemberRole, capability: Capability, job: JobResource): boolean {
  switch (scopeOf(role, capability)) {
    case "all":
      return true;
    case "team":
      return job.teamRole !== null;
    case "teamHiringManager":
      return job.teamRole === "hiring_manager";
    case null:
      return false;
  }
}

const refusal = "You don't have access to do that.";

/**
 * Refuses unless the actor holds `capability` (on `job`, when the answer depends on its hiring team).
 * An API key's actor must also hold it through its scopes (`apiKeyCan`).
 * The message never lists who could: that tells an attacker nothing and a colleague little.
 */
export function assertCan(actor: { role: MemberRole; apiKey?: { scopes: readonly ApiScope[] } }, capability: Capability, job?: JobResource): void {
  const roleAllows = job ? canOnJob(actor.role, capability, job) : can(actor.role, capability);
  // A key: its scopes decide, within its role's ceiling, but for the capability its own scope lifts it for.
  const allowed = actor.apiKey ? apiKeyCan(actor.apiKey.scopes, capability) && (roleAllows || ownScopeOf(capability) !== undefined) : roleAllows;
  if (!allowed) throw new AppError("FORBIDDEN", refusal);
}

// API keys (the REST API, /api/v1). A key acts for its whole organisation, never as a person: its
// actor has the role below as a ceiling (every job, nothing an admin alone may do) and, within it, only
// the capabilities its scopes grant. Routes check the scope; use cases check the capability.

/** What a REST API route reads or changes. */
export const apiResources = ["jobs", "candidates", "applications", "webhooks"] as const;
export type ApiResource = (typeof apiResources)[number];
export type ApiAccess = "read" | "write";

/** The scopes a key may hold: read or write on everything, or on one resource. Write includes read. */
export const apiScopes = ["read", "write", "jobs:read", "candidates:read", "candidates:write", "applications:read", "applications:write", "webhooks:write"] as const;
export type ApiScope = (typeof apiScopes)[number];

export const apiScopeLabels: Record<ApiScope, string> = {
  read: "Read everything (jobs, candidates, applications, attachments)",
  write: "Read and change everything",
  "jobs:read": "Read jobs and their stages",
  "candidates:read": "Read candidates",
  "candidates:write": "Read candidates, create them and add them to jobs",
  "applications:read": "Read applications and their attachments",
  "applications:write": "Read applications; move, reject and add notes to them",
  "webhooks:write": "Add webhook endpoints (only with this scope: read and write don't include it)",
};

/**
 * A resource only its own scope opens: a key that may add webhook endpoints can send every event of the
 * organisation anywhere, so neither "read" nor "write" grants it, and it lifts the role ceiling for its
 * capability alone (keys are made by admins, and this scope is chosen by name).
 */
const ownScopeOnly: Partial<Record<ApiResource, Capability>> = { webhooks: "webhooks.manage" };

/** The role whose grants bound an API key's actor. */
export const API_KEY_ROLE: MemberRole = "recruiter";

const apiScopeGrants: Record<`${ApiResource}:${ApiAccess}`, Capability[]> = {
  "jobs:read": ["jobs.read"],
  "jobs:write": [],
  "candidates:read": ["jobs.read"],
  "candidates:write": ["jobs.read", "candidates.add", "candidates.addToJob", "notes.write"],
  "applications:read": ["jobs.read"],
  "applications:write": ["jobs.read", "pipeline.move", "notes.write"],
  "webhooks:read": [],
  "webhooks:write": ["webhooks.manage"],
};

/** Whether a key with `scopes` may `access` `resource` (a route's check). */
export function apiKeyAllows(scopes: readonly string[], resource: ApiResource, access: ApiAccess): boolean {
  const held = (a: ApiAccess) => (!ownScopeOnly[resource] && scopes.includes(a)) || scopes.includes(`${resource}:${a}`);
  return held(access) || (access === "read" && held("write"));
}

/** Whether a key with `scopes` holds `capability` (a use case's check, through assertCan). */
const ownScopeOf = (capability: Capability) => (Object.keys(ownScopeOnly) as ApiResource[]).find((resource) => ownScopeOnly[resource] === capability);

export function apiKeyCan(scopes: readonly string[], capability: Capability): boolean {
  const ownScope = ownScopeOf(capability);
  if (ownScope) return apiKeyAllows(scopes, ownScope, "write");
  if (!can(API_KEY_ROLE, capability)) return false;
  return apiResources.some((resource) =>
    (["read", "write"] as const).some((access) => apiKeyAllows(scopes, resource, access) && apiScopeGrants[`${resource}:${access}`].includes(capability)),
  );
}

/** The roles holding `capability` (any scope), in the order roles are listed. */
export function rolesWith(capability: Capability): MemberRole[] {
  return memberRoles.filter((role) => can(role, capability));
}

/** The README's "who can do what" table, generated so it cannot drift from the grants above. */
export function capabilityTable(roleLabels: Record<MemberRole, string>): string {
  const mark = (scope: Scope | null) =>
    scope === "all" ? "✓" : scope === "team" ? "own jobs" : scope === "teamHiringManager" ? "as the job's hiring manager" : "";
  const header = `| Capability | ${memberRoles.map((role) => roleLabels[role]).join(" | ")} |`;
  const rule = `| --- | ${memberRoles.map(() => "---").join(" | ")} |`;
  const rows = (Object.keys(capabilities) as Capability[]).map(
    (capability) => `| ${capabilities[capability]} (\`${capability}\`) | ${memberRoles.map((role) => mark(scopeOf(role, capability))).join(" | ")} |`,
  );
  return [header, rule, ...rows].join("\n");
}
