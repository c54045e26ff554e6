import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import type { MessageWorkflow } from '../api/types';
import { AnswerEditor } from '../components/answer-editor';

const ID = '11111111-1111-4111-8111-111111111111';
const ARTICLE = '33333333-3333-4333-8333-333333333333';

const workflow: MessageWorkflow = {
  id: ID,
  status: 'in_work',
  version: 5,
  urgent: false,
  abuse: 'none',
  executor: 'ivan.executor',
  nextStatuses: ['answered', 'refused'],
  workable: true,
  overdue: false,
};

describe('AnswerEditor', () => {
  it('inserts a knowledge-base template filled for the message', async () => {
    mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/knowledge/search') {
        return jsonResponse({
          query: 'аренда',
          hits: [{ id: ARTICLE, title: 'Аренда без торгов' }],
        });
      }
      if (url.pathname === `/api/v1/messages/${ID}/answer-draft`) {
        expect(url.searchParams.get('articleId')).toBe(ARTICLE);
        return jsonResponse({
          articleId: ARTICLE,
          text: 'Уважаемая Мария Петровна! …',
          unfilled: [],
        });
      }
      return jsonResponse({}, 404);
    });
    const { user } = renderWithProviders(<AnswerEditor id={ID} workflow={workflow} />);

    await user.type(screen.getByLabelText('Поиск в базе знаний'), 'аренда');
    await user.click(await screen.findByRole('button', { name: 'Вставить «Аренда без торгов»' }));

    expect(await screen.findByDisplayValue('Уважаемая Мария Петровна! …')).toBeInTheDocument();
  }, 20_000);

  it('shows the plain-language remarks on demand', async () => {
    const spy = mockFetch(() =>
      jsonResponse({
        kind: 'draft',
        length: 40,
        plainLanguage: {
          readability: 12.5,
          level: 'очень сложно',
          blocked: false,
          remarks: [
            {
              kind: 'cliche',
              fragment: 'в соответствии с',
              message: 'Канцелярский оборот «в соответствии с».',
              suggestion: 'по, согласно',
            },
          ],
        },
      }),
    );
    const { user } = renderWithProviders(<AnswerEditor id={ID} workflow={workflow} />);

    await user.type(screen.getByLabelText('Текст ответа'), 'В соответствии с законом…');
    await user.click(screen.getByRole('button', { name: 'Проверить простоту языка' }));

    expect(await screen.findByRole('list', { name: 'Замечания к тексту' })).toHaveTextContent(
      '«в соответствии с»: Канцелярский оборот',
    );
    const [request] = requestsOf(spy);
    expect(new URL(request.url).pathname).toBe('/api/v1/text/analyse');
    expect(await request.json()).toEqual({ text: 'В соответствии с законом…', kind: 'draft' });
  }, 20_000);

  it('sends a refusal with its plain grounds and shows the §14 refusal when they are only citations', async () => {
    const spy = mockFetch(() =>
      problemResponse({
        type: '/problems/refusal-grounds-not-plain',
        title: 'Основания отказа — только ссылки на нормы',
        status: 422,
        detail: 'Клиент не должен читать правовые акты, чтобы понять, почему ему отказали (§14).',
        errors: [{ field: 'groundsPlain', message: 'Объясните основания простыми словами' }],
      }),
    );
    const { user } = renderWithProviders(<AnswerEditor id={ID} workflow={workflow} />);

    await user.click(screen.getByRole('radio', { name: 'Отказ' }));
    await user.type(screen.getByLabelText('Текст ответа'), 'Вам отказано.');
    await user.type(
      screen.getByLabelText('Основания отказа простыми словами (§14)'),
      'пп. 2 п. 1 ст. 39.16 ЗК РФ',
    );
    await user.click(screen.getByRole('button', { name: 'Отправить отказ' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Основания отказа — только ссылки на нормы');
    expect(alert).toHaveTextContent('Объясните основания простыми словами');
    expect(await requestsOf(spy)[0].json()).toEqual({
      kind: 'refusal',
      text: 'Вам отказано.',
      groundsPlain: 'пп. 2 п. 1 ст. 39.16 ЗК РФ',
      version: 5,
    });
  }, 20_000);

  it('drops the refusal-grounds error when the kind is switched to an answer', async () => {
    const spy = mockFetch(() =>
      problemResponse({
        type: '/problems/refusal-grounds-not-plain',
        title: 'Основания отказа — только ссылки на нормы',
        status: 422,
        detail: 'Клиент не должен читать правовые акты, чтобы понять, почему ему отказали (§14).',
        errors: [{ field: 'groundsPlain', message: 'Объясните основания простыми словами' }],
      }),
    );
    const { user } = renderWithProviders(<AnswerEditor id={ID} workflow={workflow} />);

    await user.click(screen.getByRole('radio', { name: 'Отказ' }));
    await user.type(screen.getByLabelText('Текст ответа'), 'Вам отказано.');
    await user.type(
      screen.getByLabelText('Основания отказа простыми словами (§14)'),
      'ст. 39.16 ЗК РФ',
    );
    await user.click(screen.getByRole('button', { name: 'Отправить отказ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Основания отказа — только ссылки на нормы',
    );

    await user.click(screen.getByRole('radio', { name: 'Ответ по существу' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Объясните основания простыми словами/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Отправить ответ' })).toBeEnabled();
    expect(requestsOf(spy)).toHaveLength(1);
  }, 20_000);
});
