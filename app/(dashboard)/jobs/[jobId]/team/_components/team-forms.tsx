"use client";

import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { JobTeamRole } from "@/lib/enums";
import { teamRoleLabels } from "@/lib/jobs/labels";
import { addTeamMemberSchema, changeTeamRoleSchema } from "@/lib/validation/job";

type Save = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

const roleOptions = Object.entries(teamRoleLabels).map(([value, label]) => (
  <option key={value} value={value}>
    {label}
  </option>
));

export function AddTeamMemberForm({ jobId, people, add }: { jobId: string; people: { userId: string; name: string; email: string }[]; add: Save }) {
  const form = useServerForm<z.input<typeof addTeamMemberSchema>>({
    action: add,
    schema: addTeamMemberSchema,
    // Follows the list: once someone joins the team, the choice moves to the first person still left.
    values: { jobId, userId: people[0]?.userId ?? "", role: "interviewer" },
  });
  if (people.length === 0) return <p className="text-sm text-slate-700">Everyone in your organisation is already on this job&apos;s team.</p>;
  return (
    <form {...form.formProps} aria-label="Add to the hiring team" className="flex flex-wrap items-end gap-3">
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <SelectField id="team-user" label="Member" error={form.fieldError("userId")} {...form.register("userId")}>
        {people.map((person) => (
          <option key={person.userId} value={person.userId}>
            {person.name} ({person.email})
          </option>
        ))}
      </SelectField>
      <SelectField id="team-role" label="Role on this job" error={form.fieldError("role")} {...form.register("role")}>
        {roleOptions}
      </SelectField>
      <Button type="submit" disabled={form.pending}>
        Add to team
      </Button>
    </form>
  );
}

export function ChangeRoleForm({ jobId, person, change }: { jobId: string; person: { userId: string; name: string; role: JobTeamRole }; change: Save }) {
  const form = useServerForm<z.input<typeof changeTeamRoleSchema>>({
    action: change,
    schema: changeTeamRoleSchema,
    defaultValues: { jobId, userId: person.userId, role: person.role },
  });
  return (
    <form {...form.formProps} aria-label={`Change the role of ${person.name}`} className="flex flex-wrap items-end gap-2">
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <SelectField id={`team-${person.userId}-role`} label={`Role of ${person.name}`} error={form.fieldError("role")} {...form.register("role")}>
        {roleOptions}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={form.pending} className="px-3 py-2">
        Change role
      </Button>
      {/* Always present, so screen readers announce the confirmation when it appears. */}
      <p role="status" className="text-sm text-green-800">
        {form.state?.ok && !form.pending ? "Role changed." : ""}
      </p>
    </form>
  );
}
