import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, renderWithProviders, requestsOf } from '@/testing/test-utils';
import type { Referral } from '../api/types';
import { ReferralDirectory } from '../components/referral-directory';

const rosreestr: Referral = {
  id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
  name: 'Управление Росреестра по Новосибирской области',
  level: 'federal',
  competence: 'Кадастровый учёт и регистрация прав на недвижимость',
  topics: ['registration.rights'],
  phones: ['8-800-100-34-34'],
  address: 'г. Новосибирск, ул. Державина, 28',
};

describe('ReferralDirectory', () => {
  it('searches by the caller’s question and shows where to refer', async () => {
    const fetchSpy = mockFetch(() => jsonResponse([rosreestr]));
    const { user } = renderWithProviders(<ReferralDirectory canEdit={false} />);

    await user.type(screen.getByLabelText('Вопрос клиента'), 'кадастровый учёт');
    await user.click(screen.getByRole('button', { name: 'Найти' }));

    await waitFor(() =>
      expect(
        requestsOf(fetchSpy).some(
          (r) => new URL(r.url).searchParams.get('q') === 'кадастровый учёт',
        ),
      ).toBe(true),
    );
    const found = await screen.findByRole('list', { name: 'Органы и организации' });
    const item = within(found).getByRole('listitem');
    expect(item).toHaveTextContent('Управление Росреестра по Новосибирской области');
    expect(item).toHaveTextContent('Федеральный орган');
    expect(item).toHaveTextContent('8-800-100-34-34');
    expect(within(item).queryByRole('button', { name: /Изменить/ })).toBeNull();
  });

  it('lets an administrator change an entry', async () => {
    const fetchSpy = mockFetch((request) =>
      request.method === 'PUT'
        ? jsonResponse({ ...rosreestr, phones: ['8-800-100-34-35'] })
        : jsonResponse([rosreestr]),
    );
    const { user } = renderWithProviders(<ReferralDirectory canEdit />);

    await user.click(await screen.findByRole('button', { name: `Изменить: ${rosreestr.name}` }));
    const phones = screen.getByLabelText('Телефоны через запятую');
    await user.clear(phones);
    await user.type(phones, '8-800-100-34-35, 227-00-00');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(requestsOf(fetchSpy).some((r) => r.method === 'PUT')).toBe(true));
    const put = requestsOf(fetchSpy).find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/knowledge/referrals/${rosreestr.id}`);
    const body = await put.json();
    expect(body.phones).toEqual(['8-800-100-34-35', '227-00-00']);
    expect(body.name).toBe(rosreestr.name);
    expect(body.level).toBe('federal');
  });
});
