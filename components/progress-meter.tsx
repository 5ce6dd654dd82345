// A labelled meter; an unreported progress says so instead of drawing an empty bar. Styled by
// .progress-meter in globals.css, as it is repeated on every row of a list.
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
    <span className="progress-meter">
      <span role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
        <span style={{ width: `${value}%` }} />
      </span>
      <span>{value}%</span>
    </span>
  );
}
