import Link from "next/link";
import type { CSSProperties } from "react";
import type { CareersOrganization } from "@/lib/careers/public-types";
import { careersPath } from "@/lib/careers/urls";

/**
 * An organisation's careers site header and footer around a page that brings its own <main>: every
 * careers page, and the candidate's status page, so it reads as the same site. Takes the organisation
 * as getCareersSite gives it, website already checked to be http(s). Its brand colour (checked for
 * contrast when saved) becomes --brand, which the careers pages' buttons and links use (text-brand,
 * bg-brand in app/globals.css). Without an organisation (a page that could not load it) the page shows
 * unframed: the frame is never a reason to withhold the page.
 */
export function CareersFrame({ organization, children }: { organization: CareersOrganization | null; children: React.ReactNode }) {
  if (!organization) return children;
  const { website, logoUrl, brandColor } = organization;
  // Only a logo served from our own origin: the pages' policy loads images from nowhere else.
  const ownLogo = logoUrl?.startsWith("/") ? logoUrl : null;
  const style = brandColor ? ({ "--brand": brandColor } as CSSProperties) : undefined;

  return (
    <div className="flex min-h-screen flex-col" style={style}>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center gap-3 px-4 py-4">
          {ownLogo && (
            // Served by our logo route at a versioned address; next/image would add nothing for a small logo.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={ownLogo} alt="" className="h-10 w-auto max-w-40 object-contain" />
          )}
          <Link href={careersPath(organization.slug)} className="text-lg font-semibold text-slate-900 hover:underline">
            {organization.name}
          </Link>
          <span className="text-slate-600">Careers</span>
        </div>
      </header>
      <div className="flex-1">{children}</div>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-slate-600">
          {website ? (
            <a href={website} className="text-brand hover:underline">
              Visit {organization.name}&apos;s website
            </a>
          ) : (
            <span>{organization.name}</span>
          )}
          <span>Hiring with Candor</span>
        </div>
      </footer>
    </div>
  );
}
