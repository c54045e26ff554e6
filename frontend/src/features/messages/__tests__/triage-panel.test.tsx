import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import type { MessageWorkflow } from '../api/types';
import { TriagePanel } from '../components/triage-panel';

const ID = '11111111-1111-4111-8111-111111111111';

const workflow: MessageWorkflow = {
  id: ID,
  status: 'registered',
  version: 3,
  suggestion: {
    topics: [
      {
        code: 'land.lease',
        topic: 'Земельные участки',
        need: 'Аренда участка: предоставление, продление, расторжение, передача прав',
        confidence: 0.82,
        evidence: ['аренда', 'участок'],
        departmentCode: 'land',
      },
      {
        code: 'land.purchase',
        topic: 'Земельные участки',
        need: 'Выкуп участка в собственность',
        confidence: 0.1,
        evidence: ['участок'],
        departmentCode: 'land',
      },
    ],
    urgency: {
      urgent: true,
      answerBy: '2026-12-15',
      reasons: [{ kind: 'date', fragment: 'до 15 декабря', reason: 'срок в тексте' }],
    },
    abuse: { verdict: 'none', fragments: [] },
    departmentCode: 'land',
  },
  urgent: false,
  abuse: 'none',
  nextStatuses: ['acknowledged', 'in_work'],
  workable: true,
  overdue: false,
};

describe('TriagePanel', () => {
  it('explains every suggestion', () => {
    renderWithProviders(<TriagePanel id={ID} workflow={workflow} />);

    const topics = screen.getByRole('list', { name: 'Предлагаемые темы' });
    expect(topics).toHaveTextContent('Аренда участка');
    expect(topics).toHaveTextContent('82 %');
    expect(topics).toHaveTextContent('по словам: аренда, участок');
    expect(screen.getByRole('list', { name: 'Признаки срочности' })).toHaveTextContent(
      '«до 15 декабря» — срок в тексте',
    );
    expect(screen.getByText(/ответ полезен до 2026-12-15/)).toBeInTheDocument();
  }, 20_000);

  it('confirms the suggestion in one click, with the version it showed', async () => {
    const spy = mockFetch(() => jsonResponse({ ...workflow, version: 4, topicCode: 'land.lease' }));
    const { user } = renderWithProviders(<TriagePanel id={ID} workflow={workflow} />);

    await user.click(screen.getByRole('button', { name: 'Подтвердить подсказку' }));

    const [request] = requestsOf(spy);
    expect(request.method).toBe('PUT');
    expect(new URL(request.url).pathname).toBe(`/api/v1/messages/${ID}/triage`);
    expect(await request.json()).toEqual({
      topicCode: 'land.lease',
      urgent: true,
      abuse: 'none',
      departmentCode: 'land',
      version: 3,
    });
  }, 20_000);

  it('sends a correction and shows why the server refused it', async () => {
    const spy = mockFetch(() =>
      jsonResponse(
        {
          type: '/problems/concurrent-edit',
          title: 'Обращение уже изменили',
          status: 409,
          detail: 'Пока вы работали, обращение изменил кто-то другой.',
        },
        409,
        'application/problem+json',
      ),
    );
    const { user } = renderWithProviders(<TriagePanel id={ID} workflow={workflow} />);

    await user.clear(screen.getByLabelText('Тема (код)'));
    await user.type(screen.getByLabelText('Тема (код)'), 'housing');
    await user.selectOptions(screen.getByLabelText('Оскорбления и угрозы'), 'insult');
    await user.click(screen.getByRole('button', { name: 'Сохранить разбор' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('обращение изменил кто-то другой');
    const body = await requestsOf(spy)[0].json();
    expect(body).toMatchObject({ topicCode: 'housing', abuse: 'insult', version: 3 });
  }, 20_000);
});
