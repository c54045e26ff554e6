import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import type { Section } from '../api/types';
import { months, SectionsManager } from '../components/sections-manager';

const departments = [
  { code: 'land', name: 'отдел земельных отношений', phones: [] },
  { code: 'legal', name: 'юридический отдел', phones: [] },
];

const sections: Section[] = [
  {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    departmentCode: 'land',
    departmentName: 'отдел земельных отношений',
    title: 'Аренда земли',
    reviewCadenceMonths: 3,
    editable: true,
  },
  {
    id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
    departmentCode: 'legal',
    departmentName: 'юридический отдел',
    title: 'Судебная работа',
    reviewCadenceMonths: 1,
    editable: false,
  },
];

describe('SectionsManager', () => {
  it('creates a section with its owner and review cadence', async () => {
    const fetchSpy = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/departments') return jsonResponse(departments);
      if (request.method === 'POST') return jsonResponse({ ...sections[0], id: 'new' }, 201);
      return jsonResponse(sections);
    });
    const { user } = renderWithProviders(<SectionsManager />);

    const form = (await screen.findByRole('heading', { name: 'Новый раздел' })).parentElement!;
    await user.type(within(form).getByLabelText('Название раздела (функция)'), 'Сервитуты');
    await user.selectOptions(within(form).getByLabelText('Подразделение-владелец'), 'legal');
    await user.selectOptions(within(form).getByLabelText('Как часто актуализировать'), '2');
    await user.click(within(form).getByRole('button', { name: 'Создать раздел' }));

    await screen.findByText('Раздел создан.');
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/knowledge/sections');
    expect(await post.json()).toEqual({
      departmentCode: 'legal',
      title: 'Сервитуты',
      reviewCadenceMonths: 2,
    });
  });

  it('lists only the sections the user keeps and shows the server’s field error on change', async () => {
    const fetchSpy = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/departments') return jsonResponse(departments);
      if (request.method === 'PUT')
        return problemResponse({
          status: 400,
          title: 'Ошибки в полях',
          detail: 'Проверьте поля',
          errors: [
            { field: 'title', message: 'У подразделения уже есть раздел с таким названием' },
          ],
        });
      return jsonResponse(sections);
    });
    const { user } = renderWithProviders(<SectionsManager />);

    const own = (await screen.findByRole('heading', { name: 'Разделы, которые вы ведёте' }))
      .parentElement!;
    expect(own).toHaveTextContent('Аренда земли');
    expect(own).toHaveTextContent('раз в 3 месяца');
    expect(own).not.toHaveTextContent('Судебная работа');

    await user.click(within(own).getByRole('button', { name: 'Изменить раздел «Аренда земли»' }));
    await user.click(within(own).getByRole('button', { name: 'Сохранить раздел' }));
    const title = within(own).getByLabelText('Название раздела (функция)');
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(
      within(own).getByText('У подразделения уже есть раздел с таким названием'),
    ).toBeInTheDocument();
    const put = requestsOf(fetchSpy).find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(
      '/api/v1/knowledge/sections/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    );
  });

  it('names the cadence in words', () => {
    expect([1, 2, 5, 12].map(months)).toEqual([
      'каждый месяц',
      'раз в 2 месяца',
      'раз в 5 месяцев',
      'раз в 12 месяцев',
    ]);
  });
});
