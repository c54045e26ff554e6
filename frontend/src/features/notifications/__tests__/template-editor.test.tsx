import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { TemplateEditor } from '../components/template-editor';

const template = {
  kind: 'visit_rating_request',
  clause: '§42',
  version: 1,
  subject: 'Оцените, пожалуйста, личный приём',
  body: 'Здравствуйте, {clientName}! Оцените приём: {ratingLink}',
  shortBody: 'Оцените приём: {ratingLink}',
  placeholders: ['clientName', 'ratingLink', 'visitDate'],
  mandatory: ['ratingLink'],
  ownerDepartment: 'reception',
  ownerDepartmentName: 'приемная',
  editable: true,
  findings: [],
  createdAt: '2026-11-27T10:00:00+07:00',
  createdBy: 'system',
};

const foreign = {
  ...template,
  kind: 'term_extension',
  clause: '59-ФЗ ст. 12 ч. 2',
  subject: 'Срок ответа продлён',
  ownerDepartment: 'legal',
  ownerDepartmentName: 'юридический отдел',
  editable: false,
};

const preview = {
  subject: 'Оцените, пожалуйста, личный приём',
  emailText: 'Здравствуйте, Мария Петровна! Оцените приём: https://otklik.example.org/rate/пример',
  sms: 'Оцените приём: https://otklik.example.org/rate/пример',
  smsParts: 1,
  findings: [
    {
      field: 'body',
      kind: 'cliche',
      severity: 'warning',
      fragment: 'Настоящим сообщаем',
      message: 'Канцелярский оборот «Настоящим сообщаем».',
      suggestion: 'сообщаем',
    },
  ],
};

function api(save: (request: Request) => Response) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method === 'PUT') return save(request);
    if (url.pathname.endsWith('/preview')) return jsonResponse(preview);
    return jsonResponse([template, foreign]);
  });
}

async function open(user: ReturnType<typeof renderWithProviders>['user'], name: RegExp) {
  await screen.findByRole('table');
  await user.click(await screen.findByRole('button', { name }));
}

describe('TemplateEditor', () => {
  it('lists templates by kind with their owner and previews the draft with plain-language advice', async () => {
    api(() => jsonResponse(template));
    const { user } = renderWithProviders(<TemplateEditor isAdmin={false} previewDelay={0} />);

    const table = await screen.findByRole('table', { name: /Шаблоны уведомлений/ });
    expect(within(table).getByText('юридический отдел')).toBeInTheDocument();
    await open(user, /Изменить — Оценка приёма/);

    expect(await screen.findByText(/Канцелярский оборот/)).toBeInTheDocument();
    expect(screen.getByText('Совет', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Мария Петровна! Оцените приём/)).toBeInTheDocument();
    expect(screen.getByText('{ratingLink}')).toBeInTheDocument();
  });

  it('shows the analyser’s blocking remark at the field when the save is refused', async () => {
    const fetchSpy = api(() =>
      problemResponse({
        type: '/problems/template-plain-language',
        title: 'Текст шаблона трудно понять',
        status: 422,
        detail:
          'Шаблон не сохранён: клиенты не поймут его без помощи юриста или прочтут с трудом (§6).',
        errors: [{ field: 'body', message: 'Предложение из 52 слов: разбейте его на два-три.' }],
      }),
    );
    const { user } = renderWithProviders(<TemplateEditor isAdmin={false} previewDelay={0} />);
    await open(user, /Изменить — Оценка приёма/);

    const body = await screen.findByLabelText(/Полный текст/);
    await user.click(body);
    await user.paste(' Ещё одно длинное предложение.');
    await user.click(screen.getByRole('button', { name: 'Сохранить новую версию' }));

    expect(await screen.findByText('Текст шаблона трудно понять')).toBeInTheDocument();
    expect(
      screen.getByText('Предложение из 52 слов: разбейте его на два-три.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Полный текст/)).toHaveAttribute('aria-invalid', 'true');
    const put = requestsOf(fetchSpy).find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/api/v1/notification-templates/visit_rating_request');
    expect((await put.json()).body).toContain('Ещё одно длинное предложение.');
  });

  it('reports the saved version and its warnings', async () => {
    api(() => jsonResponse({ ...template, version: 2, findings: preview.findings }));
    const { user } = renderWithProviders(<TemplateEditor isAdmin={false} previewDelay={0} />);
    await open(user, /Изменить — Оценка приёма/);

    await user.click(await screen.findByRole('button', { name: 'Сохранить новую версию' }));

    expect(await screen.findByText('Сохранена версия 2')).toBeInTheDocument();
    expect(screen.getByText(/Есть советы/)).toBeInTheDocument();
  });

  it('opens another unit’s template read-only, saying who owns it', async () => {
    api(() => jsonResponse(template));
    const { user } = renderWithProviders(<TemplateEditor isAdmin={false} previewDelay={0} />);
    await open(user, /Посмотреть — Срок ответа продлён/);

    expect(await screen.findByText(/Этот шаблон ведёт юридический отдел/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Сохранить новую версию' }),
    ).not.toBeInTheDocument();
  });
});
