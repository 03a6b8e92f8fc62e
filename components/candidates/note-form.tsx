"use client";

import { useId, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { mentionQueryAt } from "@/lib/notes/mentions";
import { NOTE_MAX_LENGTH, noteSchema, type NoteData, type NoteInput } from "@/lib/validation/notes";

export type MentionOption = { userId: string; name: string; detail: string };
type AddNote = (input: NoteInput) => Promise<ActionResult<{ noteId: string; notified: string[] }>>;

/**
 * A plain-text note with mentions. Typing "@" suggests colleagues (arrow keys and Enter pick one);
 * the "Mention" checkboxes do the same without typing. Only colleagues who can read the note are offered.
 */
export function NoteForm({
  candidateId,
  applicationId,
  members,
  action,
}: {
  candidateId: string;
  applicationId?: string;
  members: MentionOption[];
  action: AddNote;
}) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [suggestion, setSuggestion] = useState<{ start: number; query: string; active: number } | null>(null);
  const form = useServerForm<NoteInput, NoteData, { noteId: string; notified: string[] }>({
    action,
    schema: noteSchema,
    defaultValues: { candidateId, applicationId, body: "", mentions: [] },
    onSuccess: (_data, { reset }) => reset({ candidateId, applicationId, body: "", mentions: [] }),
  });
  const { register, setValue, control } = form;
  const mentions = (useWatch({ control, name: "mentions" }) as string[] | undefined) ?? [];
  const { ref: bodyRef, ...body } = register("body");

  const matches = suggestion
    ? members.filter((m) => m.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(suggestion.query.toLowerCase())) || m.name.toLowerCase().startsWith(suggestion.query.toLowerCase()))
    : [];
  const open = suggestion !== null && matches.length > 0;
  const activeIndex = open ? Math.min(suggestion.active, matches.length - 1) : -1;

  function updateSuggestion() {
    const element = textarea.current;
    if (!element || members.length === 0) return;
    const found = mentionQueryAt(element.value, element.selectionStart);
    setSuggestion(found ? { ...found, active: 0 } : null);
  }

  function toggle(userId: string, on: boolean) {
    const current = (form.getValues("mentions") as string[] | undefined) ?? [];
    setValue("mentions", on ? [...new Set([...current, userId])] : current.filter((m) => m !== userId));
  }

  function pick(member: MentionOption) {
    const element = textarea.current;
    if (!element || !suggestion) return;
    const caret = element.selectionStart;
    const text = `${element.value.slice(0, suggestion.start)}@${member.name} ${element.value.slice(caret)}`;
    setValue("body", text, { shouldDirty: true });
    element.value = text;
    const position = suggestion.start + member.name.length + 2;
    element.setSelectionRange(position, position);
    toggle(member.userId, true);
    setSuggestion(null);
  }

  const result = form.state;
  const bodyError = form.fieldError("body");
  return (
    <form {...form.formProps} aria-label="Add a note" className="flex flex-col gap-3">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <div className="relative flex flex-col gap-1">
        <label htmlFor={`${id}-body`} className="text-sm font-medium text-slate-900">
          Note
        </label>
        <textarea
          id={`${id}-body`}
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={`${id}-hint${bodyError ? ` ${id}-error` : ""}`}
          aria-autocomplete={members.length > 0 ? "list" : undefined}
          aria-controls={open ? `${id}-suggestions` : undefined}
          aria-activedescendant={open ? `${id}-option-${activeIndex}` : undefined}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-700"
          {...body}
          ref={(element) => {
            bodyRef(element);
            textarea.current = element;
          }}
          onChange={(event) => {
            void body.onChange(event);
            updateSuggestion();
          }}
          onClick={updateSuggestion}
          onBlur={(event) => {
            void body.onBlur(event);
            setSuggestion(null);
          }}
          onKeyDown={(event) => {
            if (!open) return;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              const step = event.key === "ArrowDown" ? 1 : -1;
              setSuggestion({ ...suggestion, active: (activeIndex + step + matches.length) % matches.length });
            } else if (event.key === "Enter" || event.key === "Tab") {
              event.preventDefault();
              pick(matches[activeIndex]!);
            } else if (event.key === "Escape") {
              event.preventDefault();
              setSuggestion(null);
            }
          }}
        />
        {open && (
          <ul
            id={`${id}-suggestions`}
            role="listbox"
            aria-label="People to mention"
            className="absolute top-full z-10 mt-1 w-72 rounded-md border border-slate-300 bg-white py-1 shadow-lg"
          >
            {matches.map((member, index) => (
              <li
                key={member.userId}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(member)}
                className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-indigo-50 aria-selected:text-indigo-900"
              >
                {member.name} <span className="text-slate-600">· {member.detail}</span>
              </li>
            ))}
          </ul>
        )}
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          Plain text. {members.length > 0 ? "Type @ to mention a colleague; they get a notification and an email." : ""}
        </p>
        {bodyError && (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {bodyError}
          </p>
        )}
        <p aria-live="polite" className="sr-only">
          {open ? `${matches.length} ${matches.length === 1 ? "person matches" : "people match"}. Use the up and down arrows and Enter to mention.` : ""}
        </p>
      </div>
      {members.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-900">Mention</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {members.map((member) => (
              <label key={member.userId} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={mentions.includes(member.userId)} onChange={(event) => toggle(member.userId, event.target.checked)} />
                {member.name}
                <span className="text-slate-600">({member.detail})</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Adding…" : "Add note"}
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {result?.ok ? `Note added.${result.data.notified.length > 0 ? ` Notified ${result.data.notified.join(", ")}.` : ""}` : ""}
        </p>
      </div>
    </form>
  );
}
