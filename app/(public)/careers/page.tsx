import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { absolute: "Careers pages · Candor" },
  description: "Organisations hiring with Candor publish their open positions here.",
};

// Static on purpose: no database, no request data. It is also the baseline the careers benchmark
// compares the organisation pages with (bench/careers.mjs).
export default function CareersIndexPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">Careers pages</h1>
      <p className="text-slate-700">
        Organisations that hire with Candor each have a careers page at an address like{" "}
        <code className="rounded bg-slate-100 px-1">/careers/organisation-name</code>, listing their open positions.
      </p>
      <p className="text-slate-700">
        Looking for a particular company? Follow the &ldquo;Careers&rdquo; or &ldquo;Jobs&rdquo; link on its website to
        reach its page here.
      </p>
    </main>
  );
}
