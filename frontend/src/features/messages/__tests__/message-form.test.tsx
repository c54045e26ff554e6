import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import { MessageForm } from '../components/message-form';

function renderForm() {
  const onSubmitted = vi.fn();
  const view = renderWithProviders(<MessageForm onSubmitted={onSubmitted} />);
  return { ...view, onSubmitted };
}

const rules = {
  maxFileSize: 1024,
  maxMessageSize: 4096,
  maxFiles: 5,
  formats: [
    { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
    { mediaType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  ],
};

const submitButton = () => screen.getByRole('button', { name: 'Отправить обращение' });

describe('MessageForm', () => {
  it('asks for the e-mail address when the answer is to come by e-mail', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({}, 201));
    const { user } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Иванова Анна Петровна');
    await user.click(screen.getByRole('radio', { name: 'Электронная почта' }));
    await user.type(screen.getByLabelText(/Текст обращения/), 'Прошу разъяснить порядок аренды.');
    await user.click(submitButton());

    const email = screen.getByLabelText(/Адрес электронной почты/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Укажите адрес электронной почты/);
    expect(email).toHaveFocus();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('asks for a phone number for SMS and a postal address for a paper letter', async () => {
    mockFetch(() => jsonResponse({}, 201));
    const { user } = renderForm();

    await user.click(screen.getByRole('radio', { name: 'SMS' }));
    await user.selectOptions(screen.getByLabelText(/Продублировать ответ/), 'post');
    await user.click(submitButton());

    expect(screen.getByLabelText(/Номер телефона/)).toHaveAccessibleDescription(
      /Укажите номер телефона/,
    );
    expect(screen.getByLabelText(/Почтовый адрес/)).toHaveAccessibleDescription(
      /Укажите почтовый адрес/,
    );
    expect(screen.getByLabelText(/Адрес электронной почты/)).toHaveAttribute(
      'aria-invalid',
      'false',
    );
  });

  it('refuses a duplicate channel identical to the preferred one', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({}, 201));
    const { user } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Петров Пётр');
    await user.click(screen.getByRole('radio', { name: 'Телефон' }));
    await user.type(screen.getByLabelText(/Номер телефона/), '+7 913 123-45-67');
    await user.selectOptions(screen.getByLabelText(/Продублировать ответ/), 'phone');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Вопрос о выкупе участка.');
    await user.click(submitButton());

    const duplicate = screen.getByLabelText(/Продублировать ответ/);
    expect(duplicate).toHaveAttribute('aria-invalid', 'true');
    expect(duplicate).toHaveAccessibleDescription(/должен отличаться от основного/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('offers the portal channel only to a logged-in citizen', async () => {
    mockFetch(() => jsonResponse({}, 201));
    const { user } = renderForm();

    await user.click(screen.getByRole('radio', { name: 'Личный кабинет на портале' }));
    await user.click(submitButton());

    const group = screen.getByRole('radiogroup', { name: /Как вам ответить/ });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/только после входа на портал/);
    expect(
      screen.getByRole('radio', { name: 'Личный кабинет на портале' }),
    ).toHaveAccessibleDescription(/только после входа на портал/);
  });

  it('sends only the filled fields and hands over the receipt', async () => {
    const receipt = {
      id: '5f0c2b9e-8a53-4a57-9d0e-0d7c1c7f3a11',
      registrationNumber: '2026-000123',
      receivedAt: '2026-11-28T14:05:00+07:00',
      dueAt: '2026-12-28T18:00:00+07:00',
      status: 'registered',
    };
    const fetchSpy = mockFetch(() => jsonResponse(receipt, 201));
    const { user, onSubmitted } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), '  Иванова Анна ');
    await user.click(screen.getByRole('radio', { name: 'Электронная почта' }));
    await user.type(screen.getByLabelText(/Адрес электронной почты/), 'anna@example.ru');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Прошу разъяснить порядок аренды.');
    await user.click(submitButton());

    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(receipt));
    const [request] = requestsOf(fetchSpy);
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/messages');
    expect(request.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.headers.get('Authorization')).toBeNull();
    expect(await request.json()).toEqual({
      name: 'Иванова Анна',
      email: 'anna@example.ru',
      preferredChannel: 'email',
      text: 'Прошу разъяснить порядок аренды.',
      kind: 'appeal',
    });
  });

  it('sends the chosen kind and the files as one multipart form', async () => {
    const receipt = { id: 'a1', registrationNumber: '2026-000124', status: 'registered' };
    const fetchSpy = mockFetch((request) =>
      new URL(request.url).pathname.endsWith('/attachment-rules')
        ? jsonResponse(rules)
        : jsonResponse(receipt, 201),
    );
    const { user, onSubmitted } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Иванова Анна');
    await user.click(screen.getByRole('radio', { name: 'Электронная почта' }));
    await user.type(screen.getByLabelText(/Адрес электронной почты/), 'anna@example.ru');
    await user.selectOptions(screen.getByLabelText(/Вид обращения/), 'complaint');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Жалоба на сроки.');
    const scan = new File(['%PDF-1.7 scan'], 'скан.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText(/Файлы к обращению/), scan);
    expect(screen.getByRole('list', { name: 'Выбранные файлы' })).toHaveTextContent('скан.pdf');
    await user.click(submitButton());

    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(receipt), { timeout: 10_000 });
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await post.formData();
    const message = form.get('message') as File;
    expect(JSON.parse(await message.text())).toMatchObject({
      kind: 'complaint',
      name: 'Иванова Анна',
    });
    const files = form.getAll('files') as File[];
    expect(files).toHaveLength(1);
    expect(await files[0].text()).toBe('%PDF-1.7 scan');
  }, 30_000);

  it('warns about a file that is too big or of a kind never accepted, and does not send', async () => {
    const fetchSpy = mockFetch(() => jsonResponse(rules));
    const { user } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Иванова Анна');
    await user.click(screen.getByRole('radio', { name: 'Электронная почта' }));
    await user.type(screen.getByLabelText(/Адрес электронной почты/), 'anna@example.ru');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Текст');
    const input = screen.getByLabelText(/Файлы к обращению/);
    await user.upload(input, [
      new File(['MZ'], 'program.exe', { type: 'application/x-msdownload' }),
      new File([new Uint8Array(2048)], 'big.pdf', { type: 'application/pdf' }),
    ]);

    await waitFor(() => expect(input).toHaveAccessibleDescription(/program\.exe.*не подойдёт/));
    expect(input).toHaveAccessibleDescription(/big\.pdf.*можно не больше 1 КБ/);
    await user.click(submitButton());
    expect(requestsOf(fetchSpy).filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /Убрать файл program\.exe/ }));
    expect(input).not.toHaveAccessibleDescription(/program\.exe/);
  }, 30_000);

  it('shows what the server said about a file next to the file input', async () => {
    mockFetch((request) =>
      new URL(request.url).pathname.endsWith('/attachment-rules')
        ? jsonResponse(rules)
        : problemResponse({
            type: '/problems/attachment-type-not-allowed',
            title: 'Недопустимый тип файла',
            status: 415,
            detail: 'Обращение не зарегистрировано: исправьте отмеченные файлы.',
            errors: [{ field: 'files[0]', message: 'Файл «scan.pdf» не принимается' }],
          }),
    );
    const { user } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Иванова Анна');
    await user.click(screen.getByRole('radio', { name: 'Электронная почта' }));
    await user.type(screen.getByLabelText(/Адрес электронной почты/), 'anna@example.ru');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Текст');
    await user.upload(
      screen.getByLabelText(/Файлы к обращению/),
      new File(['MZ'], 'scan.pdf', { type: 'application/pdf' }),
    );
    await user.click(submitButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('исправьте отмеченные файлы');
    expect(screen.getByLabelText(/Файлы к обращению/)).toHaveAccessibleDescription(
      /«scan\.pdf» не принимается/,
    );
  }, 30_000);

  it('puts the field errors of a problem+json answer on the fields and shows its detail', async () => {
    mockFetch(() =>
      problemResponse({
        type: '/problems/validation',
        title: 'Обращение не прошло проверку',
        status: 400,
        detail: 'Проверьте выделенные поля.',
        instance: '/api/v1/messages',
        errors: [
          { field: 'submitMessage.message.email', message: 'Почтовый ящик не существует' },
          { field: 'text', message: 'Текст содержит недопустимые символы' },
          { field: 'captcha', message: 'Подтвердите, что вы не робот' },
        ],
      }),
    );
    const { user, onSubmitted } = renderForm();

    await user.type(screen.getByLabelText(/Фамилия, имя, отчество/), 'Иванова Анна');
    await user.click(screen.getByRole('radio', { name: 'Электронная почта' }));
    await user.type(screen.getByLabelText(/Адрес электронной почты/), 'anna@example.ru');
    await user.type(screen.getByLabelText(/Текст обращения/), 'Текст');
    await user.click(submitButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Проверьте выделенные поля.');
    expect(within(alert).getByText('Подтвердите, что вы не робот')).toBeInTheDocument();

    const email = screen.getByLabelText(/Адрес электронной почты/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Почтовый ящик не существует/);
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/Текст обращения/)).toHaveAccessibleDescription(
      /недопустимые символы/,
    );
    expect(onSubmitted).not.toHaveBeenCalled();
  });
});
