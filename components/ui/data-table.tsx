import { TableScroll } from "./table-scroll";

/** A column heading: its words, or words only screen readers hear (a column of buttons: "Actions"). */
export type Column = string | { label: string; align?: "right"; srOnly?: boolean };

/**
 * A list of records as a table that scrolls sideways in its own named region (`TableScroll`), with a caption
 * for screen readers and one row of column headings; `children` are the body's rows. A column left out
 * (`canEdit && "Actions"` when false) is skipped.
 */
export function DataTable({
  label,
  caption,
  columns,
  bodyClassName = "",
  children,
}: {
  /** The scrolling region's name: "Outgoing emails". */
  label: string;
  /** What the table lists, and in which order: "Outgoing emails, newest first". */
  caption: string;
  columns: (Column | false | null | undefined)[];
  /** Added to the body (`align-top` for rows of several lines). */
  bodyClassName?: string;
  children: React.ReactNode;
}) {
  const headings = columns.filter((column): column is Column => Boolean(column)).map((column) => (typeof column === "string" ? { label: column } : column));
  return (
    <TableScroll label={label}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            {headings.map((column) => (
              <th key={column.label} scope="col" className={`px-4 py-3 font-semibold ${column.align === "right" ? "text-right" : ""}`}>
                {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-200 ${bodyClassName}`}>{children}</tbody>
      </table>
    </TableScroll>
  );
}
