import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import type { ReportTable } from "@/lib/reports/tables";
import { BarChart } from "./bar-chart";

/**
 * One report: its heading, its chart (when it has one and there is something to draw), the table with
 * the same numbers, and the link to download that table as CSV.
 */
export function ReportTableView({ table, csvHref, empty }: { table: ReportTable; csvHref: string; empty: string }) {
  const headingId = `report-${table.id}`;
  const bars = table.chart
    ? table.rows
        .map((row) => ({ label: String(row[table.chart!.label]), value: row[table.chart!.value] }))
        .filter((bar): bar is { label: string; value: number } => typeof bar.value === "number")
    : [];
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {table.title}
        </h2>
        {table.rows.length > 0 && (
          <a href={csvHref} download className="text-sm font-medium text-indigo-700 hover:underline">
            Download CSV<span className="sr-only"> of {table.title}</span>
          </a>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-700">{table.caption}.</p>
      {table.rows.length === 0 ? (
        <div className="mt-3">
          <EmptyState title={`No data for ${table.title.toLowerCase()}`}>{empty}</EmptyState>
        </div>
      ) : (
        <div className="mt-3 grid gap-4">
          {bars.length > 0 && bars.some((bar) => bar.value > 0) && (
            <figure className="rounded-lg border border-slate-200 bg-white p-4">
              <BarChart title={`${table.title}: ${table.header[table.chart!.value]} per ${table.header[table.chart!.label]!.toLowerCase()}`} bars={bars} unit={table.chart!.unit} />
            </figure>
          )}
          <DataTable
            label={`${table.title} (table)`}
            caption={table.caption}
            columns={table.header.map((name, index) => (index > 0 ? { label: name, align: "right" as const } : name))}
          >
            {table.rows.map((row, rowIndex) => (
              <tr key={`${rowIndex}:${String(row[0])}`}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className="px-4 py-3 font-medium">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} className="px-4 py-3 text-right tabular-nums">
                      {typeof cell === "number" ? cell.toLocaleString("en") : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
