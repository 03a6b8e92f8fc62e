"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { interviewPlanSchema, PLAN_LIMITS } from "@/lib/validation/interviews";
import { saveInterviewPlanAction } from "../actions";

type Attribute = { name: string; guidance?: string };
type FocusArea = { name: string; attributes: Attribute[] };
type Interview = { id?: string; name: string; focusAreas: FocusArea[] };
type Stage = { stageId: string; name: string; interviews: Interview[] };

/** Moves item `index` of `items` by `delta` places (−1 up, +1 down), if it can. */
function move<T>(items: T[], index: number, delta: number) {
  const target = index + delta;
  if (target < 0 || target >= items.length) return;
  const [item] = items.splice(index, 1);
  items.splice(target, 0, item!);
}

/** Up, down and remove for one item of a list; buttons named after the item so a screen reader knows which. */
function ItemControls({ label, index, count, onMove, onRemove }: { label: string; index: number; count: number; onMove: (delta: number) => void; onRemove: () => void }) {
  return (
    <div className="flex flex-wrap gap-1">
      <Button variant="ghost" className="px-2 py-1" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => onMove(-1)}>
        Up
      </Button>
      <Button variant="ghost" className="px-2 py-1" aria-label={`Move ${label} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
        Down
      </Button>
      <Button variant="ghost" className="px-2 py-1" aria-label={`Remove ${label}`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}

export function PlanEditor({ jobId, stages: initial }: { jobId: string; stages: Stage[] }) {
  const [saved, setSaved] = useState(false);
  // Stage names ride along for the headings; the schema drops them, as the server does.
  const form = useServerForm<{ jobId: string; stages: Stage[] }, unknown>({
    action: saveInterviewPlanAction,
    schema: interviewPlanSchema,
    defaultValues: { jobId, stages: initial },
    onSuccess: () => setSaved(true),
  });
  const stages = useWatch({ control: form.control, name: "stages" });

  /** Applies a change to a copy of the plan: the nested lists are small, so a deep copy is simplest. */
  const edit = (change: (draft: Stage[]) => void) => {
    const draft = structuredClone(form.getValues("stages"));
    change(draft);
    form.setValue("stages", draft, { shouldDirty: true });
    setSaved(false);
  };
  const error = (path: string) => form.fieldError(path);
  const invalid = form.formState.isSubmitted && Object.keys(form.formState.errors).length > 0;

  return (
    <form
      {...form.formProps}
      aria-label="Interview plan"
      onSubmit={(event) => {
        setSaved(false);
        form.formProps.onSubmit(event);
      }}
      className="flex flex-col gap-6"
    >
      {stages.map((stage, s) => (
        <section key={stage.stageId} aria-labelledby={`stage-${stage.stageId}`} className="rounded-lg border border-slate-200 bg-white p-6">
          <h3 id={`stage-${stage.stageId}`} className="text-lg font-semibold">
            {stage.name}
          </h3>
          {stage.interviews.length === 0 && <p className="mt-2 text-sm text-slate-700">No interviews planned for this stage.</p>}
          {stage.interviews.map((interview, i) => {
            const at = `stages.${s}.interviews.${i}`;
            const interviewLabel = `interview ${interview.name || i + 1}`;
            return (
              <fieldset key={interview.id ?? `new-${i}`} className="mt-4 rounded-md border border-slate-300 p-4">
                <legend className="px-1 text-sm font-semibold">
                  {stage.name}: interview {i + 1}
                </legend>
                <div className="flex flex-wrap items-end justify-between gap-3">
                  <Field
                    label="Interview name"
                    name={`${at}.name`}
                    className="min-w-64 flex-1"
                    value={interview.name}
                    maxLength={PLAN_LIMITS.name}
                    error={error(`${at}.name`)}
                    onChange={(event) => edit((d) => void (d[s]!.interviews[i]!.name = event.target.value))}
                  />
                  <ItemControls
                    label={interviewLabel}
                    index={i}
                    count={stage.interviews.length}
                    onMove={(delta) => edit((d) => move(d[s]!.interviews, i, delta))}
                    onRemove={() => edit((d) => void d[s]!.interviews.splice(i, 1))}
                  />
                </div>
                {interview.focusAreas.map((area, a) => {
                  const areaAt = `${at}.focusAreas.${a}`;
                  const areaLabel = `focus area ${area.name || a + 1} of ${interviewLabel}`;
                  return (
                    <fieldset key={a} className="mt-4 rounded-md border border-slate-200 p-4">
                      <legend className="px-1 text-sm font-medium">
                        {interview.name || `Interview ${i + 1}`}: focus area {a + 1}
                      </legend>
                      <div className="flex flex-wrap items-end justify-between gap-3">
                        <Field
                          label="Focus area name"
                          name={`${areaAt}.name`}
                          className="min-w-64 flex-1"
                          value={area.name}
                          maxLength={PLAN_LIMITS.name}
                          error={error(`${areaAt}.name`)}
                          onChange={(event) => edit((d) => void (d[s]!.interviews[i]!.focusAreas[a]!.name = event.target.value))}
                        />
                        <ItemControls
                          label={areaLabel}
                          index={a}
                          count={interview.focusAreas.length}
                          onMove={(delta) => edit((d) => move(d[s]!.interviews[i]!.focusAreas, a, delta))}
                          onRemove={() => edit((d) => void d[s]!.interviews[i]!.focusAreas.splice(a, 1))}
                        />
                      </div>
                      {error(`${areaAt}.attributes`) && <p className="mt-2 text-sm text-red-700">{error(`${areaAt}.attributes`)}</p>}
                      <ol className="mt-3 flex flex-col gap-3">
                        {area.attributes.map((attribute, t) => {
                          const attributeAt = `${areaAt}.attributes.${t}`;
                          const update = (key: "name" | "guidance", value: string) =>
                            edit((d) => void (d[s]!.interviews[i]!.focusAreas[a]!.attributes[t]![key] = value));
                          return (
                            <li key={t} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
                              <Field
                                label="Attribute"
                                name={`${attributeAt}.name`}
                                value={attribute.name}
                                maxLength={PLAN_LIMITS.name}
                                error={error(`${attributeAt}.name`)}
                                onChange={(event) => update("name", event.target.value)}
                              />
                              <Field
                                label="What good looks like"
                                name={`${attributeAt}.guidance`}
                                value={attribute.guidance ?? ""}
                                maxLength={PLAN_LIMITS.guidance}
                                error={error(`${attributeAt}.guidance`)}
                                onChange={(event) => update("guidance", event.target.value)}
                              />
                              <ItemControls
                                label={`attribute ${attribute.name || t + 1} of ${areaLabel}`}
                                index={t}
                                count={area.attributes.length}
                                onMove={(delta) => edit((d) => move(d[s]!.interviews[i]!.focusAreas[a]!.attributes, t, delta))}
                                onRemove={() => edit((d) => void d[s]!.interviews[i]!.focusAreas[a]!.attributes.splice(t, 1))}
                              />
                            </li>
                          );
                        })}
                      </ol>
                      <Button
                        variant="secondary"
                        className="mt-3"
                        aria-label={`Add attribute to ${areaLabel}`}
                        disabled={area.attributes.length >= PLAN_LIMITS.attributesPerArea}
                        onClick={() => edit((d) => void d[s]!.interviews[i]!.focusAreas[a]!.attributes.push({ name: "", guidance: "" }))}
                      >
                        Add attribute
                      </Button>
                    </fieldset>
                  );
                })}
                <Button
                  variant="secondary"
                  className="mt-4"
                  aria-label={`Add focus area to ${interviewLabel}`}
                  disabled={interview.focusAreas.length >= PLAN_LIMITS.focusAreas}
                  onClick={() => edit((d) => void d[s]!.interviews[i]!.focusAreas.push({ name: "", attributes: [{ name: "", guidance: "" }] }))}
                >
                  Add focus area
                </Button>
              </fieldset>
            );
          })}
          <Button
            variant="secondary"
            className="mt-4"
            aria-label={`Add interview to ${stage.name}`}
            disabled={stage.interviews.length >= PLAN_LIMITS.interviewsPerStage}
            onClick={() => edit((d) => void d[s]!.interviews.push({ name: "", focusAreas: [] }))}
          >
            Add interview
          </Button>
        </section>
      ))}
      {form.formError ? <Alert id={form.alertId}>{form.formError}</Alert> : invalid && <Alert>Please correct the highlighted fields.</Alert>}
      <SavedNotice shown={saved}>Interview plan saved.</SavedNotice>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save interview plan"}
        </Button>
      </div>
    </form>
  );
}
