import { Time } from "@/components/dates/time";
import type { MergeSide } from "@/db/queries/candidate-merges";
import { ApplicationPlace } from "@/components/candidates/application-place";
import { TableScroll } from "@/components/ui/table-scroll";

type Side = NonNullable<MergeSide>;

const rows: { label: string; value: (side: Side) => React.ReactNode }[] = [
  { label: "Email", value: (side) => side.email },
  { label: "Phone", value: (side) => side.phone ?? "—" },
  { label: "Location", value: (side) => side.location ?? "—" },
  { label: "Links", value: (side) => (side.links.length ? side.links.map((link) => link.url).join(", ") : "—") },
  {
    label: "Applications",
    value: (side) =>
      side.applications.length ? (
        <ul className="flex flex-col gap-1">
          {side.applications.map((application) => (
            <li key={application.id}>
              <ApplicationPlace application={application} />
            </li>
          ))}
        </ul>
      ) : (
        "None"
      ),
  },
  { label: "Notes", value: (side) => side.noteCount },
  { label: "Files", value: (side) => side.fileCount },
  { label: "Record created", value: (side) => <Time value={side.createdAt} date /> },
];

/** The two records side by side, one row per detail. */
export function Comparison({ survivor, merged }: { survivor: Side; merged: Side }) {
  return (
    <TableScroll label="The two candidate records">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">The two candidate records compared</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <td className="px-4 py-3" />
            <th scope="col" className="px-4 py-3 font-semibold">
              {survivor.name} <span className="font-normal">(kept)</span>
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {merged.name} <span className="font-normal">(merged into it)</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.label} className="align-top">
              <th scope="row" className="px-4 py-3 font-semibold text-slate-700">
                {row.label}
              </th>
              <td className="px-4 py-3">{row.value(survivor)}</td>
              <td className="px-4 py-3">{row.value(merged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
