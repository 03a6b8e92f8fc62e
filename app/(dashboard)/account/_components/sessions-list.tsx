import { Time } from "@/components/dates/time";
import { ActionButton } from "@/components/jobs/action-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { signOutEverywhereAction } from "../actions";

type OpenSession = { id: string; ip: string | null; userAgent: string | null; createdAt: Date; lastSeenAt: Date };

/** "Where you're signed in": every open session of the person, this one marked, and a way to end them all. */
export function SessionsList({ sessions, currentSessionId }: { sessions: OpenSession[]; currentSessionId: string }) {
  return (
    <>
      <ul className="mt-3 divide-y divide-line text-sm" aria-label="Open sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-3">
            <span>
              <span className="font-medium">{describeUserAgent(session.userAgent)}</span>
              {session.id === currentSessionId && <StatusBadge tone="success" className="ml-2">This device</StatusBadge>}
              <span className="block text-fg-muted">IP address {session.ip ?? "unknown"}</span>
            </span>
            <span className="text-fg-muted">
              Last active <Time value={session.lastSeenAt} /> · signed in <Time value={session.createdAt} />
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-fg-muted">Lost a device, or signed in on a shared computer? Sign out everywhere, this device included.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <ActionButton action={signOutEverywhereAction} input={{}}>
          Sign out of all devices
        </ActionButton>
      </div>
    </>
  );
}
