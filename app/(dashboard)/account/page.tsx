import type { Metadata } from "next";
import { Time } from "@/components/dates/time";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { StatusBadge } from "@/components/ui/status-badge";
import { listOpenSessions } from "@/db/queries/sessions";
import { isTwoFactorRequired } from "@/db/queries/two-factor";
import { reauthenticationOf, RECENT_SIGN_IN_MINUTES, type Reauthentication } from "@/server/accounts/reauthenticate";
import { getTwoFactorSetup, type TwoFactorSetup } from "@/server/accounts/two-factor";
import { requireAccount } from "@/server/auth/session";
import { RECOVERY_CODE_COUNT } from "@/lib/auth/recovery-codes";
import { timeZoneNames } from "@/lib/time-zones";
import { removeTwoFactorAction, startTwoFactorAction } from "./actions";
import { ChangePasswordForm } from "./_components/change-password-form";
import { EnrolTwoFactor } from "./_components/enrol-two-factor";
import { ReauthenticatedForm } from "./_components/reauthenticated-form";
import { SessionsList } from "./_components/sessions-list";
import { TimeZoneForm } from "./_components/time-zone-form";
import { AvailabilityForm } from "./_components/availability-form";
import { getAvailabilitySettings } from "@/db/queries/interview-scheduling";
import { DEFAULT_WORKING_HOURS } from "@/lib/interviews/availability";

export const metadata: Metadata = { title: "Your account" };

const section = "mt-6 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-6";

/** The signed-in person's own account, whatever their role: password, two-factor and where they are signed in. */
export default async function AccountPage() {
  // Not requireMember: a member whose organisation requires two-factor comes here to set it up.
  const member = await requireAccount();
  const [twoFactor, sessions, required, reauthentication, availability] = await Promise.all([
    getTwoFactorSetup(member),
    listOpenSessions(member.userId),
    isTwoFactorRequired(member.organizationId),
    reauthenticationOf(member.userId),
    getAvailabilitySettings(member.userId),
  ]);
  return (
    <>
      <div className="flex items-center gap-3">
        <Avatar name={member.name} size="lg" />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold">Your account</h1>
          <p className="mt-1 text-sm break-all text-fg-muted">
            {member.name} · {member.email}
          </p>
        </div>
      </div>
      {member.mustEnrolTwoFactor && (
        <div className="mt-4">
          <Alert>{member.organizationName} requires two-factor authentication. Set it up below to continue using Candor.</Alert>
        </div>
      )}
      <section aria-labelledby="two-factor-heading" className={section}>
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          Two-factor authentication
        </h2>
        <TwoFactor setup={twoFactor} required={required} reauthentication={reauthentication} email={member.email} />
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        {reauthentication === "password" ? (
          <>
            <p className="mt-1 mb-4 text-sm text-fg-muted">Changing your password signs you out on your other devices.</p>
            <ChangePasswordForm email={member.email} />
          </>
        ) : (
          <p className="mt-1 text-sm text-fg-muted">
            You sign in through your organisation’s single sign-on, so your account has no Candor password to change.
          </p>
        )}
      </section>
      <section aria-labelledby="time-zone-heading" className={section}>
        <h2 id="time-zone-heading" className="text-lg font-semibold">
          Time zone
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">Currently {member.timeZone}.</p>
        <TimeZoneForm chosen={member.chosenTimeZone} organizationZone={member.organizationTimeZone} timeZones={timeZoneNames()} />
      </section>
      <section aria-labelledby="availability-heading" className={section}>
        <h2 id="availability-heading" className="text-lg font-semibold">
          Interview availability
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">When candidates who choose their own interview time may book you.</p>
        {availability?.calendarFeedUrl && availability.calendarFeedFailedAt && (
          <p className="mb-4 text-sm font-medium text-red-800">
            Your calendar feed could not be read since <Time value={availability.calendarFeedFailedAt} />. Until it can, candidates are offered no time with
            you: check that the address still works.
          </p>
        )}
        <AvailabilityForm
          workingHours={availability?.workingHours ?? DEFAULT_WORKING_HOURS}
          calendarFeedUrl={availability?.calendarFeedUrl ?? null}
          timeZone={member.timeZone}
        />
      </section>
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you’re signed in
        </h2>
        <SessionsList sessions={sessions} currentSessionId={member.sessionId} />
      </section>
    </>
  );
}

function TwoFactor({ setup, required, reauthentication, email }: { setup: TwoFactorSetup; required: boolean; reauthentication: Reauthentication; email: string }) {
  // Both changes ask for the password again (or a recent sign-in): see server/accounts/reauthenticate.ts.
  const proof = { reauthentication, email, recentSignInMinutes: RECENT_SIGN_IN_MINUTES };
  if (setup.status === "on") {
    return (
      <>
        <p className="mt-2 text-sm text-fg-muted">
          <StatusBadge tone="success">On</StatusBadge> since <Time value={setup.since} date />. Signing in asks for a code from your
          authenticator app. {setup.recoveryCodesLeft} of {RECOVERY_CODE_COUNT} recovery codes left.
        </p>
        <ReauthenticatedForm
          {...proof}
          name="Turn off two-factor authentication"
          action={removeTwoFactorAction}
          submitLabel="Turn off two-factor authentication"
          pendingLabel="Turning off…"
          variant="secondary"
          hint={required ? "Your organisation requires two-factor authentication: you will be asked to set it up again." : undefined}
        />
      </>
    );
  }
  if (setup.status === "pending") return <EnrolTwoFactor qrCode={setup.qrCode} secret={setup.secret} />;
  return (
    <>
      <p className="mt-2 text-sm text-fg-muted">
        <StatusBadge>Off</StatusBadge><span className="sr-only">.</span> With two-factor authentication, signing in also asks for a code from an app on your phone,
        so a stolen password alone does not open your account.
      </p>
      <ReauthenticatedForm
        {...proof}
        name="Set up two-factor authentication"
        action={startTwoFactorAction}
        submitLabel="Set up two-factor authentication"
        pendingLabel="Starting…"
      />
    </>
  );
}
