"use client";

import * as AvatarPrimitive from "@radix-ui/react-avatar";

/** "Ada Lovelace" → "AL", "prince" → "P", "Candidate 4F2" → "C4": at most two letters, from the first and last word. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words.at(-1)!][0]! : "";
  return (first + last).toUpperCase();
}

const sizes = { sm: "size-6 text-[0.625rem]", md: "size-8 text-xs", lg: "size-10 text-sm" };

/**
 * A person's picture, or their initials on a tint picked from the name (the same person always gets the
 * same colour). Decorative: the name is always written next to it, so it is hidden from screen readers.
 */
export function Avatar({ name, src, size = "md", className = "" }: { name: string; src?: string | null; size?: keyof typeof sizes; className?: string }) {
  const tints = ["bg-indigo-100 text-indigo-900", "bg-emerald-100 text-emerald-900", "bg-amber-100 text-amber-900", "bg-sky-100 text-sky-900", "bg-rose-100 text-rose-900", "bg-violet-100 text-violet-900"];
  const tint = tints[[...name].reduce((sum, char) => sum + char.codePointAt(0)!, 0) % tints.length];
  return (
    <AvatarPrimitive.Root aria-hidden="true" className={`inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full font-semibold select-none ${sizes[size]} ${className}`}>
      {src && <AvatarPrimitive.Image src={src} alt="" className="size-full object-cover" />}
      <AvatarPrimitive.Fallback className={`flex size-full items-center justify-center ${tint}`}>{initials(name)}</AvatarPrimitive.Fallback>
    </AvatarPrimitive.Root>
  );
}
