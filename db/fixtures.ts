import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import type { Database } from "./client";
import * as s from "./schema";

export type IsolatedOrganization = {
  organization: { id: string; slug: string; name: string };
  password: string;
  users: Record<s.MemberRole, { id: string; email: string; name: string }>;
  job: { id: string; slug: string; title: string };
};

const roles = s.memberRole.enumValues;

/**
 * A fresh organisation with one member per role and one open job, named so it collides with nothing.
 * Tests build on this instead of shared demo data, so they never depend on each other.
 */
export async function createIsolatedOrganization(db: Database, password = "correct horse battery"): Promise<IsolatedOrganization> {
  const tag = randomBytes(5).toString("hex");
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [organization] = await tx
      .insert(s.organizations)
      .values({ slug: `test-${tag}`, name: `Test Org ${tag}` })
      .returning({ id: s.organizations.id, slug: s.organizations.slug, name: s.organizations.name });
    if (!organization) throw new Error("organisation not created");
    const users = {} as IsolatedOrganization["users"];
    for (const role of roles) {
      const [user] = await tx
        .insert(s.users)
        .values({ email: `${role.replace("_", "-")}-${tag}@candor.test`, name: `${role} ${tag}`, passwordHash })
        .returning({ id: s.users.id, email: s.users.email, name: s.users.name });
      if (!user) throw new Error("user not created");
      await tx.insert(s.memberships).values({ organizationId: organization.id, userId: user.id, role });
      users[role] = user;
    }
    const [job] = await tx
      .insert(s.jobs)
      .values({ organizationId: organization.id, slug: `job-${tag}`, title: `Test Job ${tag}`, status: "open", publishedAt: new Date() })
      .returning({ id: s.jobs.id, slug: s.jobs.slug, title: s.jobs.title });
    if (!job) throw new Error("job not created");
    await tx
      .insert(s.jobStages)
      .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId: organization.id, jobId: job.id })));
    return { organization, password, users, job };
  });
}
