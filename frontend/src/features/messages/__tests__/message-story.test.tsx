import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';
import { MessageStory } from '../components/message-story';

const ID = '11111111-1111-4111-8111-111111111111';

describe('MessageStory', () => {
  it('lists every step with who took it, in Russian', async () => {
    mockFetch(() =>
      jsonResponse([
        {
          id: 1,
          occurredAt: '2026-11-27T10:00:00+07:00',
          actor: 'system',
          kind: 'registered',
          details: { registrationNumber: '2026-000101' },
        },
        {
          id: 2,
          occurredAt: '2026-11-27T11:00:00+07:00',
          actor: 'helen.head',
          kind: 'assigned',
          details: { departmentCode: 'land', executor: 'ivan.executor' },
        },
      ]),
    );
    renderWithProviders(<MessageStory id={ID} />);

    const steps = within(await screen.findByRole('list', { name: 'Шаги истории' })).getAllByRole(
      'listitem',
    );
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent('Зарегистрировано');
    expect(steps[0]).toHaveTextContent('система');
    expect(steps[1]).toHaveTextContent('Назначен исполнитель');
    expect(steps[1]).toHaveTextContent('helen.head');
    expect(steps[1]).toHaveTextContent('executor: ivan.executor');
  });
});
