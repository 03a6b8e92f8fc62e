import type { ComponentProps } from "react";
import { Field } from "@/components/ui/field";

/** "Current password", with the account's address beside it for password managers. */
export function CurrentPasswordField({ email, ...props }: Omit<ComponentProps<typeof Field>, "label" | "type" | "autoComplete"> & { email: string }) {
  return (
    <>
      {/* For password managers: the account whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Current password" type="password" autoComplete="current-password" {...props} />
    </>
  );
}
