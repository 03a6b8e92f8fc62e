import { RowActions } from "@/components/forms/row-actions";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState } from "@/components/ui/empty-state";
import { listJobTeam } from "@/db/queries/job-members";
import { listMembers } from "@/db/queries/memberships";
import { roleLabels } from "@/lib/format";
import { seesAllJobs } from "@/lib/permissions";
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
      <h2 id="team-heading" tabIndex={-1} className="text-lg font-semibold">
        Hiring team
      </h2>
      <p className="mt-1 max-w-prose text-sm text-fg-muted">
        Hiring managers and interviewers see only the jobs whose team they are on. Admins and recruiters see every job.
      </p>
      <div className="mt-4">
        {team.length === 0 ? (
          <EmptyState title="Nobody on the team yet">Add the hiring manager and interviewers below.</EmptyState>
        ) : (
          <ul aria-label="Team members" className="flex flex-col gap-3">
            {team.map((person) => (
              <li key={person.userId} className="flex flex-wrap items-end justify-between gap-3 rounded-lg border border-line bg-surface p-4 shadow-xs">
                <div className="flex min-w-0 items-start gap-3">
                  <Avatar name={person.name} className="mt-0.5" />
                  <div className="min-w-0">
                    <h3 className="font-semibold text-fg">{person.name}</h3>
                    <p className="text-sm break-all text-fg-muted">
                      {person.email} · {roleLabels[person.organizationRole]} in the organisation
                    </p>
                  </div>
                </div>
                <div className="flex flex-wrap items-end gap-2">
                  <ChangeRoleForm jobId={job.id} person={person} change={changeTeamRoleAction} />
                  <RowActions
                    label={`Actions for ${person.name}`}
                    fallbackFocusId="team-heading"
                    actions={[
                      {
                        label: "Remove from the team",
                        action: removeTeamMemberAction,
                        input: { jobId: job.id, userId: person.userId },
                        done: `${person.name} was removed from the team.`,
                        tone: "danger",
                        confirm: {
                          title: `Remove ${person.name} from the team?`,
                          description: seesAllJobs(person.organizationRole)
                            ? `As ${roleLabels[person.organizationRole].toLowerCase()}, they still see the job; they leave its hiring team.`
                            : "They stop seeing this job and its candidates. Their scorecards and notes stay.",
                          action: "Remove",
                        },
                      },
                    ]}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <section aria-labelledby="add-member-heading" className="mt-8 rounded-lg border border-line bg-surface p-4 shadow-xs">
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
