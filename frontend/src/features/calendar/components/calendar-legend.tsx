import { dayKindCodes, dayKinds } from '../labels';
import { DaySwatch } from './day-marker';

/** What the colours and letters of the grid mean, in words. */
export function CalendarLegend() {
  return (
    <div className="calendar-legend">
      <h3 className="calendar-legend-title">Условные обозначения</h3>
      <ul>
        <li>
          <DaySwatch kind="weekend" /> Суббота и воскресенье — выходные
        </li>
        {dayKindCodes.map((kind) => (
          <li key={kind}>
            <DaySwatch kind={kind} /> <strong>{dayKinds[kind].marker}</strong> —{' '}
            {dayKinds[kind].label.toLowerCase()}
          </li>
        ))}
        <li>
          <DaySwatch kind="today" /> Рамка — сегодня
        </li>
      </ul>
    </div>
  );
}
