import type { ButtonHTMLAttributes, Ref } from "react";

type Variant = "primary" | "brand" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-indigo-700 text-white hover:bg-indigo-800 disabled:bg-indigo-400",
  /** The organisation's brand colour, on careers pages (components/careers/careers-frame.tsx). */
  brand: "bg-brand text-white hover:bg-brand-strong disabled:opacity-60",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  /** The confirming button of something that cannot be undone (delete, revoke, deactivate). */
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-400",
};

export function buttonClasses(variant: Variant = "primary", extra = "") {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed ${variants[variant]} ${extra}`;
}

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; ref?: Ref<HTMLButtonElement> }) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
