import { Trash2 } from "lucide-react";
import { ConfirmButton } from "@/components/forms/row-actions";
import type { ActionResult } from "@/lib/action-result";
import { MoveButtons } from "./move-buttons";

/**
 * The buttons of one item of a job's ordered list (stages, questions): Move up, Move down, and Remove,
 * asked first in a dialog ("Remove the stage “Screen”?"), with a toast once done ("Stage “Screen” removed.")
 * and focus on the list's heading (`fallbackFocusId`) once the item has left the page.
 */
export function OrderedItemActions<I extends Record<string, unknown>>({
  input,
  name,
  noun,
  first,
  last,
  move,
  remove,
  removeDescription,
  fallbackFocusId,
}: {
  /** What names the item to its actions: `{ jobId, stageId }`. */
  input: I;
  /** The item as the list shows it: "Screen". */
  name: string;
  /** What kind of item it is, in lower case: "stage". */
  noun: string;
  first: boolean;
  last: boolean;
  move: (input: I & { direction: "up" | "down" }) => Promise<ActionResult<unknown>>;
  remove: (input: I) => Promise<ActionResult<unknown>>;
  /** What removing it does, said in the dialog. */
  removeDescription: string;
  fallbackFocusId: string;
}) {
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <div className="flex flex-wrap gap-2">
      <MoveButtons action={move} input={input} name={name} first={first} last={last} />
      <ConfirmButton
        label={`Remove “${name}”`}
        fallbackFocusId={fallbackFocusId}
        action={{
          label: "Remove",
          action: remove,
          input,
          done: `${Noun} “${name}” removed.`,
          tone: "danger",
          confirm: { title: `Remove the ${noun} “${name}”?`, description: removeDescription, action: `Remove ${noun}` },
        }}
      >
        <Trash2 aria-hidden="true" className="size-4" />
        Remove
      </ConfirmButton>
    </div>
  );
}
