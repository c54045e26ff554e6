import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { ImportYearForm } from '../components/import-year-form';
import { mockCalendarApi } from './fixtures';

const xml =
  '<calendar year="2026" lang="ru"><days><day d="01.01" t="1"/><day d="02.30" t="7"/></days></calendar>';

const fileInput = () => screen.getByLabelText(/Файл календаря/);
const submit = () => screen.getByRole('button', { name: 'Загрузить год' });

describe('ImportYearForm', () => {
  it('shows the field errors of a rejected file and puts the decree error on its field', async () => {
    const fetchSpy = mockCalendarApi({
      'PUT /api/v1/calendar/2026': () =>
        problemResponse({
          type: '/problems/validation',
          title: 'Запрос содержит ошибки',
          status: 400,
          detail: 'Исправьте отмеченные поля и отправьте запрос ещё раз.',
          instance: '/api/v1/calendar/2026',
          errors: [
            {
              field: 'calendar/days/day[2]/@t',
              message: 'Тип дня должен быть 1, 2 или 3, а не «7»',
            },
            { field: 'calendar/days/day[2]/@d', message: '«02.30» — не дата 2026 года' },
            { field: 'decree', message: 'Не длиннее 500 знаков' },
          ],
        }),
    });
    const onImported = vi.fn();
    const { user } = renderWithProviders(<ImportYearForm onImported={onImported} />);

    await user.upload(fileInput(), new File([xml], 'calendar.xml', { type: 'text/xml' }));
    await waitFor(() => expect(screen.getByLabelText(/^Год/)).toHaveValue('2026'));
    expect(fileInput()).toHaveAccessibleDescription(/Выбран файл calendar\.xml: XML/);
    await user.type(screen.getByLabelText(/Постановление/), 'Постановление № 1466');
    await user.click(submit());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Год не загружен');
    expect(alert).toHaveTextContent('Исправьте отмеченные поля');
    const listed = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(listed).toEqual([
      'calendar/days/day[2]/@t: Тип дня должен быть 1, 2 или 3, а не «7»',
      'calendar/days/day[2]/@d: «02.30» — не дата 2026 года',
    ]);

    const decree = screen.getByLabelText(/Постановление/);
    expect(decree).toHaveAttribute('aria-invalid', 'true');
    expect(decree).toHaveAccessibleDescription(/Не длиннее 500 знаков/);
    expect(decree).toHaveFocus();
    expect(fileInput()).toHaveAttribute('aria-invalid', 'true');
    expect(fileInput()).toHaveAccessibleDescription(/Файл не принят/);
    expect(onImported).not.toHaveBeenCalled();

    const put = requestsOf(fetchSpy).find((request) => request.method === 'PUT')!;
    const url = new URL(put.url);
    expect(url.pathname).toBe('/api/v1/calendar/2026');
    expect(url.searchParams.get('decree')).toBe('Постановление № 1466');
    expect(put.headers.get('Content-Type')).toBe('application/xml');
    expect(await put.text()).toBe(xml);
  });

  it('sends a JSON file as it is, without a decree, and reports the saved version', async () => {
    const json = JSON.stringify({ year: 2027, decree: 'Постановление № 1', days: [] });
    const fetchSpy = mockCalendarApi({
      'PUT /api/v1/calendar/2027': () =>
        jsonResponse({ year: 2027, version: 4, calendarVersion: '2027.4', days: [] }),
    });
    const onImported = vi.fn();
    const { user } = renderWithProviders(<ImportYearForm onImported={onImported} />);

    await user.upload(fileInput(), new File([json], '2027.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByLabelText(/^Год/)).toHaveValue('2027'));
    expect(screen.queryByLabelText(/Постановление/)).not.toBeInTheDocument();
    await user.click(submit());

    expect(await screen.findByRole('status')).toHaveTextContent('Календарь на 2027 год загружен');
    expect(screen.getByRole('status')).toHaveTextContent('Версия 2027.4');
    expect(onImported).toHaveBeenCalledWith(2027);
    const put = requestsOf(fetchSpy).find((request) => request.method === 'PUT')!;
    expect(put.headers.get('Content-Type')).toBe('application/json');
    expect(new URL(put.url).searchParams.has('decree')).toBe(false);
    expect(await put.text()).toBe(json);
  });

  it('asks for a file and refuses a year the file does not describe', async () => {
    const fetchSpy = mockCalendarApi();
    const { user } = renderWithProviders(<ImportYearForm />);

    await user.click(submit());
    expect(fileInput()).toHaveAccessibleDescription(/Выберите файл календаря/);

    await user.upload(fileInput(), new File([xml], '2026.xml', { type: 'text/xml' }));
    await waitFor(() => expect(screen.getByLabelText(/^Год/)).toHaveValue('2026'));
    await user.clear(screen.getByLabelText(/^Год/));
    await user.type(screen.getByLabelText(/^Год/), '2025');
    await user.click(submit());

    expect(screen.getByLabelText(/^Год/)).toHaveAccessibleDescription(
      /В файле указан 2026 год, а не 2025/,
    );
    expect(requestsOf(fetchSpy).some((request) => request.method === 'PUT')).toBe(false);
  });
});
