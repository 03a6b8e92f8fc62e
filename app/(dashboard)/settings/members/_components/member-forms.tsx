"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { memberRoles, type MemberRole } from "@/lib/enums";
import { roleLabels } from "@/lib/format";
import { changeMemberRoleSchema, inviteMemberSchema } from "@/lib/validation/members";
import { changeMemberRoleAction, inviteMemberAction } from "../actions";

const roleOptions = memberRoles.map((role) => (
  <option key={role} value={role}>
    {roleLabels[role]}
  </option>
));

export function InviteMemberForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useServerForm<z.input<typeof inviteMemberSchema>, z.output<typeof inviteMemberSchema>, { email: string }>({
    action: inviteMemberAction,
    schema: inviteMemberSchema,
    defaultValues: { email: "", role: "interviewer" },
    onSuccess: (data, self) => {
      setSentTo(data.email);
      self.reset({ email: "", role: self.getValues("role") });
    },
  });
  return (
    <form
      {...form.formProps}
      aria-label="Invite someone"
      onSubmit={(event) => {
        setSentTo(null);
        form.formProps.onSubmit(event);
      }}
      className="flex flex-wrap items-end gap-3"
    >
      {form.formError && !form.fieldError("email") && !form.fieldError("role") && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <Field label="Email" type="email" autoComplete="off" className="min-w-72 flex-1" error={form.fieldError("email")} {...form.register("email")} />
      <SelectField label="Role" error={form.fieldError("role")} {...form.register("role")}>
        {roleOptions}
      </SelectField>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : "Send invitation"}
      </Button>
      <p role="status" className="basis-full text-sm text-green-800">
        {sentTo ? `Invitation sent to ${sentTo}.` : ""}
      </p>
    </form>
  );
}

export function ChangeMemberRoleForm({ person }: { person: { userId: string; name: string; role: MemberRole } }) {
  const form = useServerForm<z.input<typeof changeMemberRoleSchema>, z.output<typeof changeMemberRoleSchema>, { changed: boolean }>({
    action: changeMemberRoleAction,
    schema: changeMemberRoleSchema,
    defaultValues: { userId: person.userId, role: person.role },
  });
  return (
    <form {...form.formProps} aria-label={`Change the role of ${person.name}`} className="flex flex-wrap items-end gap-2">
      <SelectField id={`member-${person.userId}-role`} label={`Role of ${person.name}`} error={form.fieldError("role")} {...form.register("role")}>
        {roleOptions}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={form.pending} className="px-3 py-2">
        Change role
      </Button>
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      {/* Always present, so screen readers announce the confirmation when it appears. */}
      <p role="status" className="text-sm text-green-800">
        {form.state?.ok && !form.pending ? (form.state.data.changed ? "Role changed. It applies from their next page or action." : "Already their role.") : ""}
      </p>
    </form>
  );
}
