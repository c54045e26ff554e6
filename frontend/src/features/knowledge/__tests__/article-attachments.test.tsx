import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import type { Article, Attachment } from '../api/types';
import { AttachmentList, AttachmentsEditor } from '../components/article-attachments';
import { ArticleView } from '../components/article-view';

const act: Attachment = {
  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  fileName: 'Приказ 152-п.pdf',
  mediaType: 'application/pdf',
  size: 1536,
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  addedAt: '2026-12-04T10:00:00+07:00',
  addedBy: 'marina.land',
};

const article: Article = {
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  sectionId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  sectionTitle: 'Аренда земли',
  departmentCode: 'land',
  departmentName: 'отдел земельных отношений',
  kind: 'faq',
  status: 'published',
  public: true,
  title: 'Бланк заявления',
  question: 'Где взять бланк заявления об аренде?',
  body: 'Бланк приложен ниже.',
  tags: [],
  topics: [],
  version: 4,
  editable: true,
  attachments: [act],
};

describe('AttachmentList', () => {
  it('lists each file with its format and size and downloads it through the API', async () => {
    const fetchSpy = mockFetch(
      () =>
        new Response(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } }),
    );
    const createObjectURL = vi.fn(() => 'blob:act');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user } = renderWithProviders(
      <AttachmentList articleId={String(article.id)} files={[act]} />,
    );

    const list = screen.getByRole('list', { name: 'Файлы' });
    expect(list).toHaveTextContent('Приказ 152-п.pdf (PDF, 1,5 КБ)');
    await user.click(screen.getByRole('button', { name: 'Приказ 152-п.pdf' }));

    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const [request] = requestsOf(fetchSpy);
    expect(new URL(request.url).pathname).toBe(
      `/api/v1/knowledge/articles/${article.id}/attachments/${act.id}`,
    );
  });

  it('shows nothing for an article without files', () => {
    renderWithProviders(<AttachmentList articleId={String(article.id)} files={[]} />);
    expect(screen.queryByRole('heading', { name: 'Файлы' })).not.toBeInTheDocument();
  });
});

describe('ArticleView', () => {
  it('offers the files of a public FAQ on the portal', async () => {
    mockFetch(() => jsonResponse(article));
    renderWithProviders(<ArticleView id={String(article.id)} scope="portal" />);

    expect(await screen.findByRole('button', { name: 'Приказ 152-п.pdf' })).toBeInTheDocument();
  });
});

describe('AttachmentsEditor', () => {
  it('uploads the chosen file in the part «file» and says it is attached', async () => {
    const fetchSpy = mockFetch((request) =>
      request.method === 'POST'
        ? jsonResponse(
            { ...act, id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', fileName: 'бланк.docx' },
            201,
          )
        : jsonResponse(article),
    );
    const { user } = renderWithProviders(<AttachmentsEditor article={article} />);

    const blank = new File(['PK'], 'бланк.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    await user.upload(screen.getByLabelText('Новый файл'), blank);
    await user.click(screen.getByRole('button', { name: 'Приложить файл' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Файл «бланк.docx» приложен.');
    const post = requestsOf(fetchSpy).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/knowledge/articles/${article.id}/attachments`);
    const form = await post.formData();
    // jsdom's File reaches the fetch layer as a plain Blob, so the bytes are what can be checked here
    expect(await (form.get('file') as Blob).text()).toBe('PK');
  });

  it('shows the server’s reason at the file field when the content is not an accepted format', async () => {
    mockFetch(() =>
      problemResponse({
        type: '/problems/attachment-type-not-allowed',
        title: 'Недопустимый тип файла',
        status: 415,
        detail: 'Файл «бланк.pdf» не принимается. Допустимые форматы: PDF, Word (DOCX).',
        errors: [
          {
            field: 'file',
            message:
              'Файл «бланк.pdf» не принимается: по содержимому это не один из допустимых форматов',
          },
        ],
      }),
    );
    const { user } = renderWithProviders(<AttachmentsEditor article={article} />);

    const input = screen.getByLabelText('Новый файл');
    await user.upload(input, new File(['MZ'], 'бланк.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Приложить файл' }));

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(/по содержимому это не один из допустимых форматов/);
    expect(screen.getByRole('alert')).toHaveTextContent('Файл не принят');
  });

  it('asks for a file before sending anything', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({}));
    const { user } = renderWithProviders(<AttachmentsEditor article={article} />);

    await user.click(screen.getByRole('button', { name: 'Приложить файл' }));

    expect(screen.getByLabelText('Новый файл')).toHaveAccessibleDescription(/Выберите файл/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('removes a file of the article', async () => {
    const fetchSpy = mockFetch((request) =>
      request.method === 'DELETE' ? new Response(null, { status: 204 }) : jsonResponse(article),
    );
    const { user } = renderWithProviders(<AttachmentsEditor article={article} />);

    await user.click(screen.getByRole('button', { name: 'Удалить файл «Приказ 152-п.pdf»' }));

    expect(await screen.findByRole('status')).toHaveTextContent('удалён из статьи');
    const removal = requestsOf(fetchSpy).find((r) => r.method === 'DELETE')!;
    expect(new URL(removal.url).pathname).toBe(
      `/api/v1/knowledge/articles/${article.id}/attachments/${act.id}`,
    );
  });
});
