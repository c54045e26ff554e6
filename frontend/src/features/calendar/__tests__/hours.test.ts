import { describe, expect, it } from 'vitest';
import { weeklyHours } from '../hours';

describe('weeklyHours', () => {
  it('groups consecutive days with the same hours and keeps breaks', () => {
    const office = [
      ...(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] as const).flatMap((day) => [
        { dayOfWeek: day, opens: '09:00', closes: '13:00' },
        { dayOfWeek: day, opens: '13:48', closes: '18:00' },
      ]),
      { dayOfWeek: 'FRIDAY' as const, opens: '09:00', closes: '16:45' },
      { dayOfWeek: 'SUNDAY' as const, opens: '10:00', closes: '14:00' },
    ];
    expect(weeklyHours(office)).toEqual([
      { days: 'Понедельник — четверг', hours: '9:00–13:00, 13:48–18:00' },
      { days: 'Пятница', hours: '9:00–16:45' },
      { days: 'Суббота', hours: null },
      { days: 'Воскресенье', hours: '10:00–14:00' },
    ]);
  });
});
