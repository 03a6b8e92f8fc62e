import { safeHref } from "@/components/candidates/labels";
import type { ProfileCandidate } from "@/db/queries/profile";

export function ContactDetails({ candidate }: { candidate: ProfileCandidate }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-6 text-sm">
      <dt className="font-medium text-slate-700">Email</dt>
      <dd>
        <a href={`mailto:${candidate.email}`} className="text-indigo-700 underline">
          {candidate.email}
        </a>
      </dd>
      <dt className="font-medium text-slate-700">Phone</dt>
      <dd>{candidate.phone ? <a href={`tel:${candidate.phone.replace(/[^\d+]/g, "")}`} className="text-indigo-700 underline">{candidate.phone}</a> : "—"}</dd>
      <dt className="font-medium text-slate-700">Location</dt>
      <dd>{candidate.location ?? "—"}</dd>
      <dt className="font-medium text-slate-700">Links</dt>
      <dd>
        {candidate.links.length === 0 ? (
          "—"
        ) : (
          <ul className="flex flex-wrap gap-x-4">
            {candidate.links.map((link, i) => {
              const href = safeHref(link.url);
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-indigo-700 underline">
                      {link.label}
                    </a>
                  ) : (
                    `${link.label}: ${link.url}`
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </dd>
    </dl>
  );
}
