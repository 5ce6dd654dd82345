// A labelled meter; an unreported progress says so instead of drawing an empty bar.
export function ProgressMeter({
  value,
  label,
  unknownLabel,
}: {
  value: number | null;
  label: string;
  unknownLabel: string;
}) {
  if (value === null) return <span className="text-sm text-slate-500">{unknownLabel}</span>;
  return (
    <span className="flex items-center gap-2">
      <span
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="block h-2 w-20 overflow-hidden rounded-full bg-slate-200"
      >
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${value}%` }} />
      </span>
      <span className="text-sm tabular-nums">{value}%</span>
    </span>
  );
}
