import type { DayKind, DeadlineRule } from './api/types';

type KindLabel = {
  /** In the legend and the list of special days. */
  label: string;
  /** The letter printed in the day's cell, so the kind never rests on colour alone. */
  marker: string;
};

/** Kinds of special days, in the order the legend shows them. */
export const dayKinds: Record<DayKind, KindLabel> = {
  holiday: { label: 'Нерабочий праздничный день', marker: 'П' },
  day_off: { label: 'Перенесённый выходной день', marker: 'В' },
  working_weekend: { label: 'Рабочая суббота или воскресенье', marker: 'Р' },
  shortened: { label: 'Предпраздничный день, на час короче', marker: 'С' },
};

export const dayKindCodes = Object.keys(dayKinds) as DayKind[];

export function isDayKind(value: unknown): value is DayKind {
  return typeof value === 'string' && Object.hasOwn(dayKinds, value);
}

/** What a day's cell says to a screen reader: «нерабочий праздничный день», «рабочая суббота»… */
export function cellLabel(kind: DayKind, weekday: number): string {
  const workingWeekend = weekday === 6 ? 'рабочее воскресенье' : 'рабочая суббота';
  switch (kind) {
    case 'holiday':
      return 'нерабочий праздничный день';
    case 'day_off':
      return 'перенесённый выходной';
    case 'working_weekend':
      return workingWeekend;
    case 'shortened':
      return weekday >= 5
        ? `${workingWeekend}, на час короче`
        : 'предпраздничный день, на час короче';
  }
}

/** The list's wording: a shortened Saturday is also a working one, and says so. */
export function kindLabel(kind: DayKind, weekday: number): string {
  const label = dayKinds[kind].label;
  if (kind === 'shortened' && weekday >= 5)
    return `${label} (${cellLabel('working_weekend', weekday)})`;
  return label;
}

/** The terms of the Procedure and the laws, as the deadline endpoint knows them. */
export const deadlineRules: Record<DeadlineRule, string> = {
  primary_response: 'Первичный ответ — 24 рабочих часа (§10)',
  urgent_answer: 'Ответ на срочное обращение — 5 рабочих дней (§8)',
  inadmissibility_notice: 'Уведомление об оставлении без рассмотрения — 1 рабочий день (§9)',
  appeal_answer: 'Ответ на обращение — 30 дней (59-ФЗ, ст. 12 ч. 1)',
  appeal_extension: 'Продление срока ответа — ещё 30 дней от текущего срока (59-ФЗ, ст. 12 ч. 2)',
  redirect: 'Перенаправление по компетенции — 7 дней (59-ФЗ, ст. 8 ч. 3; §11)',
  info_request: 'Запрос информации — 30 дней (8-ФЗ, ст. 18 ч. 6)',
};

export const deadlineRuleCodes = Object.keys(deadlineRules) as DeadlineRule[];

export function isDeadlineRule(value: unknown): value is DeadlineRule {
  return typeof value === 'string' && Object.hasOwn(deadlineRules, value);
}

const scheduleNames: Record<string, string> = {
  'consultation-line': 'Консультационная линия',
  'department-office': 'Департамент',
};

export function scheduleName(name: string | undefined): string {
  if (!name) return 'График';
  return Object.hasOwn(scheduleNames, name) ? scheduleNames[name] : name;
}
