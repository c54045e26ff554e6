import type { components, paths } from '@/api/schema';

/** Shapes of the calendar API, taken from the generated OpenAPI schema (never written by hand). */
type Schemas = components['schemas'];

export type LineStatus = Schemas['LineStatus'];
export type OpeningHours = Schemas['OpeningHours'];
export type DayOfWeek = NonNullable<OpeningHours['dayOfWeek']>;
export type Schedule = Schemas['Schedule'];

export type CalendarYearSummary = Schemas['CalendarYearSummary'];
export type CalendarYear = Schemas['CalendarYear'];
export type CalendarDay = Schemas['CalendarDay'];
export type DayKind = CalendarDay['kind'];
export type DayEdit = Schemas['DayEdit'];
export type CalendarSettings = Schemas['CalendarSettings'];
export type CalendarSettingsUpdate = Schemas['CalendarSettingsUpdate'];

export type Deadline = Schemas['Deadline'];
type DeadlineQuery = NonNullable<paths['/api/v1/calendar/deadline']['get']['parameters']['query']>;
export type DeadlineRule = NonNullable<DeadlineQuery['rule']>;
/** The computation asks for both: a moment with its offset and a rule. */
export type DeadlineParams = Required<DeadlineQuery>;
