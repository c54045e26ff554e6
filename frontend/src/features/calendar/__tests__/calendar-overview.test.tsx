import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { CalendarOverview } from '../components/calendar-overview';
import { decree2025, mockCalendarApi } from './fixtures';

/** A month's table, found by its caption (role queries over all twelve tables are slow in jsdom). */
function month(name: string) {
  return screen.getByText(name, { selector: 'caption' }).closest('table')!;
}

/** A day's cell in a month, by its printed number; its accessible name is then asserted. */
function dayCell(monthName: string, day: number) {
  return within(month(monthName))
    .getByText(String(day), { selector: '.day-number' })
    .closest('td')!;
}

const yearLoaded = (year: number) =>
  screen.findByText(`Календарь на ${year} год`, { selector: 'h2' });

describe('CalendarOverview', () => {
  it('marks a holiday and a working Saturday with a letter and words, not colour alone', async () => {
    mockCalendarApi();
    renderWithProviders(<CalendarOverview requestedYear={2025} />, { route: '/staff/calendar' });

    await yearLoaded(2025);

    const newYear = dayCell('Январь 2025', 1);
    expect(newYear).toHaveAccessibleName('1, нерабочий праздничный день');
    expect(newYear).toHaveClass('day-holiday');
    expect(within(newYear).getByText('П')).toBeVisible();

    const workingSaturday = dayCell('Ноябрь 2025', 1);
    expect(workingSaturday).toHaveAccessibleName('1, рабочая суббота');
    expect(workingSaturday).toHaveClass('day-working_weekend');
    expect(within(workingSaturday).getByText('Р')).toBeVisible();

    expect(dayCell('Ноябрь 2025', 3)).toHaveAccessibleName('3, перенесённый выходной');
    // An ordinary Saturday and an ordinary weekday say nothing more than their number.
    expect(dayCell('Ноябрь 2025', 8)).toHaveAccessibleName('8');
    expect(dayCell('Ноябрь 2025', 8)).toHaveClass('day-weekend');
    expect(dayCell('Январь 2025', 9)).toHaveAccessibleName('9');
    expect(dayCell('Январь 2025', 9)).not.toHaveClass('day-weekend');

    const legend = screen.getByText('Условные обозначения').parentElement!;
    expect(legend).toHaveTextContent('П — нерабочий праздничный день');
    expect(legend).toHaveTextContent('Р — рабочая суббота или воскресенье');
  });

  it('starts each month on Monday', async () => {
    mockCalendarApi();
    renderWithProviders(<CalendarOverview requestedYear={2025} />, { route: '/staff/calendar' });

    await yearLoaded(2025);
    const january = month('Январь 2025');
    const headers = within(january)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers[0]).toMatch(/понедельник/);
    expect(headers[6]).toMatch(/воскресенье/);
    // 1 January 2025 was a Wednesday: two empty cells before it in the first week.
    const firstWeek = within(january).getAllByRole('row')[1];
    const [monday, tuesday, wednesday] = within(firstWeek).getAllByRole('cell');
    expect(monday).toBeEmptyDOMElement();
    expect(tuesday).toBeEmptyDOMElement();
    expect(wednesday).toHaveAccessibleName('1, нерабочий праздничный день');
  });

  it('shows the decree, the version and the list of special days with notes', async () => {
    mockCalendarApi();
    renderWithProviders(<CalendarOverview requestedYear={2025} />, { route: '/staff/calendar' });

    await yearLoaded(2025);
    expect(screen.getByText(decree2025)).toBeInTheDocument();
    expect(screen.getByText('2025.2', { exact: false })).toBeInTheDocument();

    const list = screen
      .getByText('Особые дни 2025 года', { selector: 'caption' })
      .closest('table')!;
    const row = within(list).getByRole('row', { name: /1 ноября 2025/ });
    expect(row).toHaveTextContent('Рабочая суббота или воскресенье');
    expect(row).toHaveTextContent('Рабочая суббота вместо 3 ноября');
    expect(within(list).queryByRole('button', { name: /Изменить/ })).not.toBeInTheDocument();
  });

  it('switches among the loaded years through the address', async () => {
    mockCalendarApi();
    renderWithProviders(<CalendarOverview requestedYear={2025} />, { route: '/staff/calendar' });

    const years = await screen.findByRole('navigation', {
      name: 'Годы производственного календаря',
    });
    expect(within(years).getByRole('link', { name: '2025 год' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(years).getByRole('link', { name: '2026 год' })).toHaveAttribute(
      'href',
      '/staff/calendar?year=2026',
    );
  });

  it('says so when the year asked for is not loaded', async () => {
    mockCalendarApi();
    renderWithProviders(<CalendarOverview requestedYear={2030} />, { route: '/staff/calendar' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Календарь на 2030 год не загружен');
  });

  it('offers administrators a way to edit each special day', async () => {
    mockCalendarApi();
    const onEditDay = vi.fn();
    const { user } = renderWithProviders(
      <CalendarOverview requestedYear={2025} onEditDay={onEditDay} />,
      { route: '/staff/calendar' },
    );

    await user.click(
      await screen.findByRole('button', { name: 'Изменить день: среда, 1 января 2025 г.' }),
    );
    expect(onEditDay).toHaveBeenCalledWith(
      expect.objectContaining({ date: '2025-01-01', kind: 'holiday' }),
    );
  });
});
