import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { interviewPlanSchema } from "@/lib/validation/interviews";
import { setupTestDatabase } from "@/test/database";
import { getInterviewPlan, insertDefaultInterviewPlan } from "@/db/queries/interview-plan";
import { jobScope } from "@/lib/permissions";
import { saveInterviewPlan } from "./save-interview-plan";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({ organizationId: org.organization.id, userId: org.users[role].id, role });
const area = (name: string, attributes: string[]) => ({ name, attributes: attributes.map((a) => ({ name: a, guidance: "" })) });

describe("interview plan", () => {
  it("renames, reorders, adds and removes planned interviews, keeping the ids of those kept", async () => {
    const org = await createIsolatedOrganization(db());
    await insertDefaultInterviewPlan(db(), { organizationId: org.organization.id, jobId: org.job.id }, org.stages);
    const before = (await getInterviewPlan(jobScope(viewer(org, "recruiter")), org.job.id))!;
    expect(before.map((stage) => [stage.name, stage.interviews.map((i) => i.name)])).toEqual([
      ["Screen", ["Recruiter screen"]],
      ["Interview", ["Technical interview", "Values interview"]],
    ]);
    const [screen, interview] = before;
    const [technical, values] = interview!.interviews;
    await saveInterviewPlan(
      viewer(org, "recruiter"),
      interviewPlanSchema.parse({
        jobId: org.job.id,
        stages: [
          { stageId: screen!.id, interviews: [] },
          {
            stageId: interview!.id,
            interviews: [
              { id: values!.id, name: "Culture add", focusAreas: values!.template.focusAreas },
              { id: technical!.id, name: "Technical interview", focusAreas: [area("Coding", ["Testing"])] },
              { name: "System design", focusAreas: [area("Architecture", ["Scalability"])] },
            ],
          },
        ],
      }),
    );
    const after = (await getInterviewPlan(jobScope(viewer(org, "admin")), org.job.id))!;
    expect(after[0]!.interviews).toEqual([]);
    expect(after[1]!.interviews.map((i) => [i.name, i.id === values!.id || i.id === technical!.id])).toEqual([
      ["Culture add", true],
      ["Technical interview", true],
      ["System design", false],
    ]);
    expect(after[1]!.interviews[1]!.template).toEqual({ focusAreas: [area("Coding", ["Testing"])] });
  });

  it("refuses duplicate attribute names, empty names and stages of another job", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const duplicate = interviewPlanSchema.safeParse({
      jobId: org.job.id,
      stages: [{ stageId: org.stages[2]!.id, interviews: [{ name: "", focusAreas: [area("A", ["Skill"]), area("B", ["skill"])] }] }],
    });
    expect(duplicate.error?.issues.map((i) => i.path.join("."))).toEqual(["stages.0.interviews.0.name", "stages.0.interviews.0.focusAreas.1.attributes.0.name"]);
    const foreign = saveInterviewPlan(viewer(org, "admin"), interviewPlanSchema.parse({ jobId: org.job.id, stages: [{ stageId: other.stages[2]!.id, interviews: [] }] }));
    await expect(foreign).rejects.toBeInstanceOf(AppError);
    const otherJob = saveInterviewPlan(viewer(other, "admin"), interviewPlanSchema.parse({ jobId: org.job.id, stages: [] }));
    await expect(otherJob).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Archived stages are not planned.
    await db().update(s.jobStages).set({ archivedAt: new Date() }).where(eq(s.jobStages.id, org.stages[1]!.id));
    expect((await getInterviewPlan(jobScope(viewer(org, "admin")), org.job.id))!.map((stage) => stage.name)).toEqual(["Interview"]);
    expect(await getInterviewPlan(jobScope(viewer(org, "interviewer")), org.job.id)).toBeNull();
  });
});
