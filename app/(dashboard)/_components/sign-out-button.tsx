import { signOutAction } from "@/app/(auth)/sign-out/actions";

/** Signs out with a plain form post, so it works before the page's scripts load. */
export function SignOutButton({ className = "" }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={`rounded-md px-2 py-2 font-medium text-slate-700 hover:bg-slate-100 ${className}`}>
        Sign out
      </button>
    </form>
  );
}
