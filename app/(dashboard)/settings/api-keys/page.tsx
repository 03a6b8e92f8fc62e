import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RowActions } from "@/components/forms/row-actions";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { StatusBadge } from "@/components/ui/status-badge";
import { db } from "@/db/client";
import { listApiKeys } from "@/db/queries/api-keys";
import { maskedApiKey } from "@/lib/api/keys";
import { requireMember } from "@/server/auth/session";
import { CreateApiKeyForm } from "./_components/create-api-key-form";
import { revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const card = "mt-6 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-6";

export default async function ApiKeysPage() {
  const member = await requireMember("apiKeys.manage");
  const keys = await listApiKeys(db(), member.organizationId);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">API keys</h1>
      <p className="mt-1 max-w-2xl text-sm text-fg-muted">
        Keys let other software read and change {member.organizationName}&apos;s jobs, candidates and applications through the{" "}
        <Link href="/api/v1/docs" className="font-medium text-accent hover:underline">
          REST API
        </Link>
        . A key acts for the whole organisation within its scopes; its changes are recorded under its name.
      </p>

      <section aria-labelledby="create-heading" className={card}>
        <h2 id="create-heading" className="mb-4 text-lg font-semibold">
          Create a key
        </h2>
        <CreateApiKeyForm />
      </section>

      <section aria-labelledby="keys-heading" className={card}>
        <h2 id="keys-heading" tabIndex={-1} className="text-lg font-semibold">
          Keys
        </h2>
        {keys.length === 0 ? (
          <p className="mt-2 text-sm text-fg-muted">No API keys yet.</p>
        ) : (
          <ul aria-labelledby="keys-heading" className="mt-3 divide-y divide-line">
            {keys.map((key) => (
              <li key={key.id} aria-label={key.name} className="flex flex-wrap items-start justify-between gap-4 py-3">
                <div className="min-w-0 text-sm">
                  <p className="font-semibold text-fg">
                    {key.name} {key.revokedAt && <StatusBadge tone="danger">Revoked</StatusBadge>}
                  </p>
                  <p className="font-mono text-fg-muted">{maskedApiKey(key.prefix)}</p>
                  <p className="text-fg-muted">Scopes: {key.scopes.join(", ")}</p>
                  <p className="text-fg-muted">
                    Created <Time value={key.createdAt} date /> by {key.createdByName ?? "the command line"} · {key.lastUsedAt ? <>last used <Time value={key.lastUsedAt} /></> : "never used"}
                    {key.revokedAt && (
                      <>
                        {" "}
                        · revoked <Time value={key.revokedAt} date />
                      </>
                    )}
                  </p>
                </div>
                {!key.revokedAt && (
                  <RowActions
                    label={`Actions for the key ${key.name}`}
                    fallbackFocusId="keys-heading"
                    actions={[
                      {
                        label: "Revoke key",
                        action: revokeApiKeyAction,
                        input: { keyId: key.id },
                        done: `The key ${key.name} was revoked.`,
                        tone: "danger",
                        confirm: {
                          title: `Revoke the key ${key.name}?`,
                          description: "Software using it is refused from its next request. This cannot be undone; create a new key instead.",
                          action: "Revoke key",
                        },
                      },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
