"use client";

import { useActionForm } from "@/components/jobs/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { JobTeamRole } from "@/lib/enums";
import { teamRoleLabels } from "@/lib/jobs/labels";

type Save = (input: FormData) => Promise<ActionResult<unknown>>;

const roleOptions = Object.entries(teamRoleLabels).map(([value, label]) => (
  <option key={value} value={value}>
    {label}
  </option>
));

export function AddTeamMemberForm({ jobId, people, add }: { jobId: string; people: { userId: string; name: string; email: string }[]; add: Save }) {
  const action = useActionForm(add, (_data, form) => form.reset());
  if (people.length === 0) return <p className="text-sm text-slate-700">Everyone in your organisation is already on this job&apos;s team.</p>;
  return (
    <form onSubmit={action.onSubmit} noValidate aria-label="Add to the hiring team" className="flex flex-wrap items-end gap-3">
      {action.formError && (
        <div className="basis-full">
          <Alert>{action.formError}</Alert>
        </div>
      )}
      <input type="hidden" name="jobId" value={jobId} />
      <SelectField id="team-user" label="Member" name="userId" error={action.fieldError("userId")}>
        {people.map((person) => (
          <option key={person.userId} value={person.userId}>
            {person.name} ({person.email})
          </option>
        ))}
      </SelectField>
      <SelectField id="team-role" label="Role on this job" name="role" defaultValue="interviewer" error={action.fieldError("role")}>
        {roleOptions}
      </SelectField>
      <Button type="submit" disabled={action.pending}>
        Add to team
      </Button>
    </form>
  );
}

export function ChangeRoleForm({ jobId, person, change }: { jobId: string; person: { userId: string; name: string; role: JobTeamRole }; change: Save }) {
  const action = useActionForm(change);
  return (
    <form onSubmit={action.onSubmit} noValidate aria-label={`Change the role of ${person.name}`} className="flex flex-wrap items-end gap-2">
      {action.formError && (
        <div className="basis-full">
          <Alert>{action.formError}</Alert>
        </div>
      )}
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="userId" value={person.userId} />
      <SelectField id={`team-${person.userId}-role`} label={`Role of ${person.name}`} name="role" defaultValue={person.role}>
        {roleOptions}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={action.pending} className="px-3 py-2">
        Change role
      </Button>
      {/* Always present, so screen readers announce the confirmation when it appears. */}
      <p role="status" className="text-sm text-green-800">
        {action.result?.ok && !action.pending ? "Role changed." : ""}
      </p>
    </form>
  );
}
