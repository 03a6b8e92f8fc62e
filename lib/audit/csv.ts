import type { AuditAction } from "@/lib/enums";
import { auditActionLabels, auditActorLabel, auditDetailsText, auditTargetTypeLabel } from "./labels";

type CsvEntry = {
  createdAt: Date;
  actorLabel: string;
  actorEmail: string | null;
  action: AuditAction;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, string | number | boolean | null>;
};

export const AUDIT_CSV_HEADER = ["Time (UTC)", "Actor", "Action", "Action code", "Target type", "Target", "Target ID", "IP address", "User agent", "Details"];

/** One audit entry as a CSV row, in AUDIT_CSV_HEADER's order. */
export function auditCsvRow(entry: CsvEntry): unknown[] {
  return [
    entry.createdAt,
    auditActorLabel(entry),
    auditActionLabels[entry.action] ?? entry.action,
    entry.action,
    entry.targetType ? auditTargetTypeLabel(entry.targetType) : null,
    entry.targetLabel,
    entry.targetId,
    entry.ip,
    entry.userAgent,
    auditDetailsText(entry.details),
  ];
}
