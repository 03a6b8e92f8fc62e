/**
 * A horizontal bar chart drawn on the server as SVG: readable without JavaScript, sized by its viewBox
 * so it shrinks with a phone's width. Screen readers get its title; the numbers are in the table beside it.
 */
export function BarChart({ title, bars, unit }: { title: string; bars: { label: string; value: number }[]; unit?: string }) {
  const rowHeight = 28;
  const labelWidth = 180;
  const width = 640;
  const barSpace = width - labelWidth - 70;
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const height = bars.length * rowHeight + 8;
  const short = (label: string) => (label.length > 26 ? `${label.slice(0, 25)}…` : label);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="h-auto w-full max-w-2xl" preserveAspectRatio="xMinYMin meet">
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * rowHeight + 4;
        const length = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace) : 0;
        return (
          <g key={`${index}:${bar.label}`}>
            <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="fill-slate-800 text-[13px]">
              {short(bar.label)}
            </text>
            <rect x={labelWidth} y={y + 4} width={length} height={rowHeight - 8} rx={3} className="fill-indigo-600" />
            <text x={labelWidth + length + 6} y={y + rowHeight / 2} dominantBaseline="middle" className="fill-slate-800 text-[13px] tabular-nums">
              {bar.value.toLocaleString("en")}
              {unit ? ` ${unit}` : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
