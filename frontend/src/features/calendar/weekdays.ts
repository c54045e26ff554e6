import type { DayOfWeek } from './api/types';

/** Monday first, as the calendar is printed in Russia. */
export const weekdays: { code: DayOfWeek; name: string; short: string; on: string }[] = [
  { code: 'MONDAY', name: 'понедельник', short: 'Пн', on: 'в понедельник' },
  { code: 'TUESDAY', name: 'вторник', short: 'Вт', on: 'во вторник' },
  { code: 'WEDNESDAY', name: 'среда', short: 'Ср', on: 'в среду' },
  { code: 'THURSDAY', name: 'четверг', short: 'Чт', on: 'в четверг' },
  { code: 'FRIDAY', name: 'пятница', short: 'Пт', on: 'в пятницу' },
  { code: 'SATURDAY', name: 'суббота', short: 'Сб', on: 'в субботу' },
  { code: 'SUNDAY', name: 'воскресенье', short: 'Вс', on: 'в воскресенье' },
];
