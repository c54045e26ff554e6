import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { DocumentRegistrationForm } from '../components/document-registration-form';

const rules = {
  maxFileSize: 1024 * 1024,
  maxMessageSize: 4 * 1024 * 1024,
  maxFiles: 5,
  formats: [{ mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] }],
};

function renderForm() {
  const onRegistered = vi.fn();
  const view = renderWithProviders(<DocumentRegistrationForm onRegistered={onRegistered} />);
  return { ...view, onRegistered };
}

async function fillLetter(user: ReturnType<typeof renderForm>['user']) {
  await user.selectOptions(screen.getByLabelText(/Вид обращения/), 'complaint');
  await user.type(screen.getByLabelText(/Дата и время получения/), '2026-11-23T11:00');
  await user.type(screen.getByLabelText(/Исходящий номер/), 'исх. № 15 от 20.11.2026');
  await user.type(screen.getByLabelText(/^Автор/), 'Петров Сергей Иванович');
  await user.type(
    screen.getByLabelText(/Почтовый адрес/),
    '630099, г. Новосибирск, ул. Ленина, д. 1',
  );
  await user.type(screen.getByLabelText(/Текст или краткое содержание/), 'Жалоба на отказ.');
}

// typing a whole letter takes a while on a busy machine
describe('DocumentRegistrationForm', { timeout: 30_000 }, () => {
  it('registers a paper letter with its scan, received in Novosibirsk time', async () => {
    const receipt = { id: 'm1', registrationNumber: '2026-000200', status: 'registered' };
    const fetchSpy = mockFetch((request) =>
      new URL(request.url).pathname.endsWith('/attachment-rules')
        ? jsonResponse(rules)
        : jsonResponse(receipt, 201),
    );
    const { user, onRegistered } = renderForm();

    await fillLetter(user);
    await user.click(screen.getByLabelText(/Направить первичный ответ/));
    await user.upload(
      screen.getByLabelText(/Сканы и файлы документа/),
      new File(['%PDF-1.7'], 'скан.pdf', { type: 'application/pdf' }),
    );
    await user.click(screen.getByRole('button', { name: 'Зарегистрировать' }));

    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(receipt), { timeout: 10_000 });
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/messages/registrations');
    const form = await post.formData();
    expect(JSON.parse(await (form.get('registration') as File).text())).toEqual({
      intakeChannel: 'paper',
      kind: 'complaint',
      receivedAt: '2026-11-23T11:00:00+07:00',
      senderReference: 'исх. № 15 от 20.11.2026',
      name: 'Петров Сергей Иванович',
      postalAddress: '630099, г. Новосибирск, ул. Ленина, д. 1',
      preferredChannel: 'post',
      text: 'Жалоба на отказ.',
      acknowledge: false,
    });
    const files = form.getAll('files') as File[];
    expect(files).toHaveLength(1);
    expect(await files[0].text()).toBe('%PDF-1.7');
  });

  it('asks for the date, the author and the text before sending', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({}, 201));
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Зарегистрировать' }));

    expect(await screen.findByLabelText(/Дата и время получения/)).toHaveAccessibleDescription(
      /Укажите дату получения/,
    );
    expect(screen.getByLabelText(/^Автор/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('puts the server field errors on the fields', async () => {
    mockFetch(() =>
      problemResponse({
        type: '/problems/validation',
        title: 'Запрос содержит ошибки',
        status: 400,
        detail: 'Исправьте отмеченные поля.',
        errors: [{ field: 'receivedAt', message: 'Дата получения не может быть в будущем' }],
      }),
    );
    const { user, onRegistered } = renderForm();

    await fillLetter(user);
    await user.click(screen.getByRole('button', { name: 'Зарегистрировать' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Исправьте отмеченные поля.');
    expect(screen.getByLabelText(/Дата и время получения/)).toHaveAccessibleDescription(
      /не может быть в будущем/,
    );
    expect(onRegistered).not.toHaveBeenCalled();
  });
});
