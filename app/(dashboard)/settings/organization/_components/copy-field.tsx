"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";

type Props = {
  label: string;
  value: string;
  hint?: string;
  /** A snippet of several lines, shown in a text box; otherwise one line (an address). */
  multiline?: boolean;
};

/**
 * Something an admin pastes elsewhere (a feed's address, the embed snippet): shown read-only, selected
 * whole on focus, with a button that copies it and says so. Where the browser refuses the clipboard (no
 * https, no permission) it selects the text and says how to copy it by hand.
 */
export function CopyField({ label, value, hint, multiline = false }: Props) {
  const [outcome, setOutcome] = useState<"copied" | "refused" | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const line = useRef<HTMLInputElement>(null);
  const control = {
    label,
    hint,
    value,
    readOnly: true,
    spellCheck: false,
    className: "[&_input]:font-mono [&_textarea]:font-mono [&_textarea]:text-sm",
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select(),
  };

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome("copied");
    } catch {
      (box.current ?? line.current)?.select();
      setOutcome("refused");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {multiline ? <TextAreaField ref={box} rows={value.split("\n").length + 1} {...control} /> : <Field ref={line} {...control} />}
      <div className="flex items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          Copy<span className="sr-only"> {label}</span>
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {outcome === "copied" ? "Copied." : outcome === "refused" ? "Your browser did not allow copying: press Ctrl+C (⌘C on a Mac) to copy the selected text." : ""}
        </p>
      </div>
    </div>
  );
}
