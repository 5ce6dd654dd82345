import type { City } from '@/db/core/schema';
import { localized } from '@/lib/i18n/localized';

// The city filter every project filter form offers: all cities, or one.
export function CitySelect({
  label,
  allLabel,
  value,
  cities,
  locale,
  className,
}: {
  label: string;
  allLabel: string;
  value: string | undefined;
  cities: Pick<City, 'code' | 'nameZh' | 'nameEn'>[];
  locale: string;
  className: string;
}) {
  return (
    <label className="text-sm font-medium text-slate-700">
      {label}
      <select name="city" defaultValue={value ?? ''} className={className}>
        <option value="">{allLabel}</option>
        {cities.map((c) => (
          <option key={c.code} value={c.code}>
            {localized(locale, c.nameZh, c.nameEn)}
          </option>
        ))}
      </select>
    </label>
  );
}
