import { Link } from 'react-router';

type Props = { years: readonly number[]; selected: number };

/** Links between the loaded years; the year lives in the address (`?year=2026`). */
export function YearSwitcher({ years, selected }: Props) {
  return (
    <nav className="year-switcher" aria-label="Годы производственного календаря">
      <ul>
        {years.map((year) => (
          <li key={year}>
            <Link
              to={{ search: `?year=${year}` }}
              aria-current={year === selected ? 'page' : undefined}
            >
              {year} <span className="visually-hidden">год</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
