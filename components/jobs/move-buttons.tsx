import { ArrowDown, ArrowUp } from "lucide-react";
import type { ActionResult } from "@/lib/action-result";
import { ActionButton } from "./action-button";

/**
 * "Move up" and "Move down" for one item of an ordered list (stages, questions): icon buttons named
 * "Move “Screen” up", each running the move action with the item's input and a direction.
 */
export function MoveButtons<I extends Record<string, unknown>>({
  action,
  input,
  name,
  first,
  last,
}: {
  action: (input: I & { direction: "up" | "down" }) => Promise<ActionResult<unknown>>;
  input: I;
  /** What moves, as the list shows it: "Screen". */
  name: string;
  first: boolean;
  last: boolean;
}) {
  return (
    <>
      <ActionButton action={action} input={{ ...input, direction: "up" as const }} label={`Move “${name}” up`} tooltip="Move up" disabled={first}>
        <ArrowUp aria-hidden="true" className="size-4" />
      </ActionButton>
      <ActionButton action={action} input={{ ...input, direction: "down" as const }} label={`Move “${name}” down`} tooltip="Move down" disabled={last}>
        <ArrowDown aria-hidden="true" className="size-4" />
      </ActionButton>
    </>
  );
}
