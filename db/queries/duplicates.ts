import "server-only";
import { sql } from "drizzle-orm";
import { db } from "../client";

/** Names at least this similar (pg_trgm similarity of the lowercased names) are worth a look. */
export const DUPLICATE_NAME_SIMILARITY = 0.6;
/** Fewer digits than this is no phone number worth comparing ("0", "112"). */
const MIN_PHONE_DIGITS = 6;

export type PossibleDuplicate = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  reasons: ("same_phone" | "similar_name")[];
  applicationCount: number;
};

/**
 * Other records in the organisation that may be the same person as this candidate: the same phone
 * number whatever its punctuation, or a very similar name under another email.
 */
export async function findPossibleDuplicates(organizationId: string, candidateId: string): Promise<PossibleDuplicate[]> {
  // The expressions match migration 0003's indexes: (organization_id, phone digits) and lower(name) trigrams.
  const result = await db().execute<{ id: string; name: string; email: string; phone: string | null; same_phone: boolean; similar_name: boolean; application_count: number }>(sql`
    with target as (
      select t.id, lower(t.name) as name, lower(t.email) as email, regexp_replace(t.phone, '[^0-9]', '', 'g') as digits
      from candidates t
      where t.id = ${candidateId} and t.organization_id = ${organizationId}
        and t.merged_into_id is null and t.anonymized_at is null
    ), found as (
      select c.id from candidates c, target
      where c.organization_id = ${organizationId}
        and length(target.digits) >= ${MIN_PHONE_DIGITS}
        and regexp_replace(c.phone, '[^0-9]', '', 'g') = target.digits
      union
      select c.id from candidates c, target
      where c.organization_id = ${organizationId}
        and lower(c.name) % target.name
        and similarity(lower(c.name), target.name) >= ${DUPLICATE_NAME_SIMILARITY}
        and lower(c.email) <> target.email
    )
    select c.id, c.name, c.email, c.phone,
      coalesce(length(target.digits) >= ${MIN_PHONE_DIGITS} and regexp_replace(c.phone, '[^0-9]', '', 'g') = target.digits, false) as same_phone,
      similarity(lower(c.name), target.name) >= ${DUPLICATE_NAME_SIMILARITY} and lower(c.email) <> target.email as similar_name,
      (select count(*)::int from applications a where a.candidate_id = c.id) as application_count
    from found join candidates c on c.id = found.id, target
    where c.id <> target.id and c.merged_into_id is null and c.anonymized_at is null
    order by same_phone desc, similarity(lower(c.name), target.name) desc, c.created_at
    limit 20`);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    reasons: [...(row.same_phone ? (["same_phone"] as const) : []), ...(row.similar_name ? (["similar_name"] as const) : [])],
    applicationCount: Number(row.application_count),
  }));
}
