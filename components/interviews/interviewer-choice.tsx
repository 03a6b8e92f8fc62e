"use client";

import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { roleLabels } from "@/lib/format";
import type { MemberRole } from "@/lib/enums";

/** The hiring team as checkboxes: whom an interview (or a scheduling link) invites. */
export function InterviewerChoice<T extends FieldValues>({
  control,
  name,
  team,
  error,
  idPrefix,
}: {
  control: Control<T>;
  name: Path<T>;
  team: { userId: string; name: string; role: MemberRole }[];
  error?: string;
  idPrefix: string;
}) {
  const errorId = `${idPrefix}-interviewers-error`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const selected = (field.value as string[] | undefined) ?? [];
        return (
          <fieldset className="sm:col-span-2" aria-describedby={error ? errorId : undefined}>
            <legend className="text-sm font-medium text-slate-900">Interviewers</legend>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
              {team.map((member) => (
                <label key={member.userId} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={field.name}
                    value={member.userId}
                    checked={selected.includes(member.userId)}
                    onChange={(event) => field.onChange(event.target.checked ? [...selected, member.userId] : selected.filter((id) => id !== member.userId))}
                  />
                  {member.name} <span className="text-slate-600">({roleLabels[member.role]})</span>
                </label>
              ))}
            </div>
            {error && (
              <p id={errorId} className="mt-1 text-sm text-red-700">
                {error}
              </p>
            )}
          </fieldset>
        );
      }}
    />
  );
}
