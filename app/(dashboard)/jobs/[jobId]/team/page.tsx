import { ActionButton } from "@/components/jobs/action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { listJobTeam } from "@/db/queries/job-members";
import { listMembers } from "@/db/queries/memberships";
import { roleLabels } from "@/lib/format";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { AddTeamMemberForm, ChangeRoleForm } from "./_components/team-forms";
import { addTeamMemberAction, changeTeamRoleAction, removeTeamMemberAction } from "./actions";

export const generateMetadata = jobPageMetadata("Team", "jobs.manage");

export default async function TeamPage({ params }: PageProps<"/jobs/[jobId]/team">) {
  const { member, job } = await requireJob((await params).jobId, "jobs.manage");
  const [team, members] = await Promise.all([listJobTeam(member, job.id), listMembers(member.organizationId)]);
  const onTeam = new Set(team.map((person) => person.userId));

  return (
    <>
      <h2 className="text-lg font-semibold">Hiring team</h2>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        Hiring managers and interviewers see only the jobs whose team they are on. Admins and recruiters see every job.
      </p>
      <div className="mt-4">
        {team.length === 0 ? (
          <EmptyState title="Nobody on the team yet">Add the hiring manager and interviewers below.</EmptyState>
        ) : (
          <ul aria-label="Team members" className="flex flex-col gap-3">
            {team.map((person) => (
              <li key={person.userId} className="flex flex-wrap items-end justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
                <div>
                  <h3 className="font-semibold text-slate-900">{person.name}</h3>
                  <p className="text-sm text-slate-700">
                    {person.email} · {roleLabels[person.organizationRole]} in the organisation
                  </p>
                </div>
                <ChangeRoleForm jobId={job.id} person={person} change={changeTeamRoleAction} />
                <div className="flex flex-wrap gap-2">
                  <ActionButton action={removeTeamMemberAction} input={{ jobId: job.id, userId: person.userId }} label={`Remove ${person.name} from the team`}>
                    Remove
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <section aria-labelledby="add-member-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="add-member-heading" className="font-semibold">
          Add someone
        </h3>
        <div className="mt-3">
          <AddTeamMemberForm jobId={job.id} people={members.filter((m) => !onTeam.has(m.userId))} add={addTeamMemberAction} />
        </div>
      </section>
    </>
  );
}
