import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { db } from "@/db/client";
import { listAuditTargetTypes } from "@/db/queries/audit";
import { findOrganizationProfile } from "@/db/queries/organization-profile";
import { env } from "@/lib/env";
import { auditFiltersOf, auditQuery, hasAuditFilters, parseAuditView } from "@/lib/validation/audit";
import { listAuditLog } from "@/server/audit/list-audit-log";
import { requireMember } from "@/server/auth/session";
import { AuditFiltersForm } from "./_components/audit-filters-form";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit log" };

const pageLinkClasses = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100";

export default async function AuditLogPage({ searchParams }: PageProps<"/settings/audit-log">) {
  const member = await requireMember("audit.read");
  const view = parseAuditView(await searchParams);
  const filters = auditFiltersOf(view);
  const [page, targetTypes, profile] = await Promise.all([
    listAuditLog(member, view),
    listAuditTargetTypes(db(), member.organizationId),
    findOrganizationProfile(db(), member.organizationId),
  ]);
  const retentionDays = profile?.settings.auditRetentionDays ?? env().AUDIT_RETENTION_DAYS;
  const isFiltered = hasAuditFilters(filters);

  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Audit log</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Security-relevant events in {member.organizationName}, newest first: sign-ins, changes to members and settings, candidate data
        exported or erased, identities revealed and files downloaded. Entries are kept for {retentionDays.toLocaleString("en")} days.
      </p>
      <div className="mt-6">
        <AuditFiltersForm filters={filters} targetTypes={targetTypes} isFiltered={isFiltered} timeZone={member.timeZone} />
      </div>
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-2">
        <p role="status" className="text-sm font-medium text-slate-700">
          {page.entries.length === 0 ? "No entries" : `${page.entries.length} ${page.entries.length === 1 ? "entry" : "entries"} on this page`}
          {isFiltered && " matching the filters"}
        </p>
        <a href={`/settings/audit-log/export${auditQuery(filters)}`} className="text-sm font-medium text-indigo-700 hover:underline" download>
          Download CSV{isFiltered ? " of the filtered entries" : ""}
        </a>
      </div>
      <div className="mt-3">
        {page.entries.length > 0 ? (
          <AuditTable entries={page.entries} timeZone={member.timeZone} />
        ) : (
          <EmptyState title={isFiltered ? "No entries match these filters" : "No entries yet"}>
            {isFiltered ? (
              <Link href="/settings/audit-log" className="font-medium text-indigo-700 underline underline-offset-4">
                Clear the filters
              </Link>
            ) : (
              "Sign-ins and changes will be listed here as they happen."
            )}
          </EmptyState>
        )}
      </div>
      {(page.newer || page.older) && (
        <nav aria-label="Pagination" className="mt-4 flex justify-end gap-2 text-sm">
          {page.newer && (
            <Link href={`/settings/audit-log${auditQuery({ ...filters, after: page.newer })}`} className={pageLinkClasses}>
              Newer entries
            </Link>
          )}
          {page.older && (
            <Link href={`/settings/audit-log${auditQuery({ ...filters, before: page.older })}`} className={pageLinkClasses}>
              Older entries
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
