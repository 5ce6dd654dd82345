import { Fragment } from 'react';

export function FactList({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-sm">
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <dt className="text-slate-500">{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
