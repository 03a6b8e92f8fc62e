import Link from "next/link";
import type { CareersOrganization } from "@/lib/careers/public-types";
import { careersPath } from "@/lib/careers/urls";

/**
 * An organisation's careers site header and footer around a page that brings its own <main>: every
 * careers page, and the candidate's status page, so it reads as the same site. Takes the organisation
 * as getCareersSite gives it, website and logo already checked to be http(s). Without one (a page that
 * could not load it) the page shows unframed: the frame is never a reason to withhold the page.
 */
export function CareersFrame({ organization, children }: { organization: CareersOrganization | null; children: React.ReactNode }) {
  if (!organization) return children;
  const { website, logoUrl } = organization;

  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center gap-3 px-4 py-4">
          {logoUrl && (
            // Logos live on the organisation's own host, which next/image would need listed in advance.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={logoUrl} alt="" className="size-8 rounded object-contain" />
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
            <a href={website} className="text-indigo-700 hover:underline">
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
