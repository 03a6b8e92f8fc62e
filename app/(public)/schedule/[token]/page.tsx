import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareersFrame } from "@/components/careers/careers-frame";
import { LocalTime, LocalTimeScript } from "@/components/careers/local-time";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { isValidTimeZone, timeZoneNames } from "@/lib/interviews/time";
import { getCareersSite } from "@/server/cache/public";
import { requestNonce } from "@/server/http/request-nonce";
import { getSchedulingPage, NO_TIMES_NOW_MESSAGE, SLOT_TAKEN_MESSAGE } from "@/server/interviews/book-scheduling-slot";
import { bookSlotAction } from "./actions";

// The token is a credential: keep it out of search engines and Referer headers ("strict-origin", as the
// status page, so that the form's post still carries an Origin Next accepts).
export const metadata: Metadata = { title: "Choose your interview time", robots: { index: false, follow: false }, referrer: "strict-origin" };

const errors: Record<string, string> = {
  taken: SLOT_TAKEN_MESSAGE,
  unavailable: NO_TIMES_NOW_MESSAGE,
  choose: "Choose one of the times below, then book it.",
  closed: "This link can no longer book an interview. Please contact us for a new one.",
  failed: "Something went wrong on our side. Please try again in a moment.",
};

const dayFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const clockFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The slots grouped by their day in the candidate's zone, in order. */
function byDay(slots: { start: Date; end: Date }[], timeZone: string) {
  const days = new Map<string, { start: Date; end: Date }[]>();
  for (const slot of slots) {
    const day = dayFormat(timeZone).format(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days];
}

/**
 * The candidate books their interview: a document that works without JavaScript. The times are shown in
 * the zone the `tz` query names; the zone form changes it, and /js/schedule-zone.js picks the browser's
 * zone on the first visit. The booking is a plain form post to a server action.
 */
export default async function SchedulePage({ params, searchParams }: PageProps<"/schedule/[token]">) {
  const { token } = await params;
  const page = await getSchedulingPage(token);
  if (!page) notFound();
  const query = await searchParams;
  const tz = typeof query.tz === "string" && isValidTimeZone(query.tz) ? query.tz : "UTC";
  const error = typeof query.error === "string" ? errors[query.error] : undefined;
  const site = await getCareersSite(page.link.organizationSlug);
  const { link } = page;
  const clock = clockFormat(tz);
  const nonce = await requestNonce();

  return (
    <CareersFrame organization={site?.organization ?? null}>
      <main className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold">{page.state === "booked" ? "Your interview is booked" : "Choose your interview time"}</h1>
        <p className="mt-2 text-slate-700">
          {link.title} ({link.durationMinutes} minutes) for {link.jobTitle} at {link.organizationName}.
        </p>
        {error && page.state === "open" && (
          <div className="mt-6">
            <Alert>{error}</Alert>
          </div>
        )}
        {page.state === "booked" && link.bookedStartsAt && (
          <div className="mt-6">
            <Alert tone="info">
              Booked for <LocalTime value={link.bookedStartsAt} />. We have emailed you a calendar invitation; your application’s status page lists it too.
            </Alert>
          </div>
        )}
        {page.state === "closed" && (
          <div className="mt-6">
            <Alert tone="info">This link can no longer book an interview. Please contact {link.organizationName} for a new one.</Alert>
          </div>
        )}
        {page.state === "unavailable" && (
          <div className="mt-6">
            <Alert tone="info">
              No times are available right now. Please try again later, or contact {link.organizationName} to find a time.
            </Alert>
          </div>
        )}
        {page.state === "open" && (
          <>
            <form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label="Time zone">
              <label className="flex flex-col gap-1 text-sm font-medium">
                Show times in
                <select name="tz" defaultValue={tz} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                  {timeZoneNames().map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={buttonClasses("secondary")}>
                Show times
              </button>
            </form>
            {page.slots.length === 0 ? (
              <p className="mt-6 text-slate-700">There are no free times in the next two weeks. Please contact {link.organizationName} to find another time.</p>
            ) : (
              <form action={bookSlotAction.bind(null, token)} className="mt-6 flex flex-col gap-6" aria-label="Book a time">
                <input type="hidden" name="tz" value={tz} />
                {byDay(page.slots, tz).map(([day, slots]) => (
                  <fieldset key={day} className="rounded-lg border border-slate-200 bg-white p-4">
                    <legend className="px-1 font-semibold">{day}</legend>
                    <div className="mt-2 flex flex-wrap gap-3">
                      {slots.map((slot) => (
                        <label key={slot.start.toISOString()} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand">
                          <input type="radio" name="slot" value={slot.start.toISOString()} required />
                          {clock.format(slot.start)}–{clock.format(slot.end)}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
                <p className="text-sm text-slate-700">Times are in {tz}.</p>
                <button type="submit" className={buttonClasses("primary", "self-start bg-brand")}>
                  Book this time
                </button>
              </form>
            )}
          </>
        )}
      </main>
      <LocalTimeScript nonce={nonce} />
      {!query.tz && <script src="/js/schedule-zone.js" defer nonce={nonce} suppressHydrationWarning />}
    </CareersFrame>
  );
}
