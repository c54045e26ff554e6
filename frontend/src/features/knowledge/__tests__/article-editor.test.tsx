import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonResponse,
  mockFetch,
  problemResponse,
  renderWithProviders,
  requestsOf,
} from '@/testing/test-utils';
import type { Article, Section } from '../api/types';
import { ArticleEditor } from '../components/article-editor';

const sections: Section[] = [
  {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    departmentCode: 'land',
    departmentName: 'отдел земельных отношений',
    title: 'Аренда земли',
    reviewCadenceMonths: 1,
    nextReviewDue: '2026-12-28',
    reviewState: 'ok',
    articleCount: 3,
    editable: true,
  },
];

const existing: Article = {
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  sectionId: sections[0].id,
  sectionTitle: 'Аренда земли',
  departmentCode: 'land',
  departmentName: 'отдел земельных отношений',
  kind: 'answer_template',
  status: 'published',
  public: false,
  title: 'Ответ об аренде',
  body: 'Уважаемый заявитель!',
  tags: ['аренда'],
  topics: ['land.lease'],
  version: 3,
  editable: true,
};

function renderEditor(article?: Article) {
  const onSaved = vi.fn();
  const view = renderWithProviders(
    <ArticleEditor article={article} sections={sections} onSaved={onSaved} />,
  );
  return { ...view, onSaved };
}

describe('ArticleEditor', () => {
  it('shows the Markdown as it will read while typing', async () => {
    mockFetch(() => jsonResponse({}));
    const { user } = renderEditor();

    await user.type(
      screen.getByLabelText(/Текст \(Markdown\)/),
      '**Срок** — 30 дней{enter}{enter}- МФЦ',
    );

    const preview = screen.getByRole('region', { name: 'Предпросмотр' });
    await waitFor(() => expect(preview.querySelector('strong')).toHaveTextContent('Срок'));
    expect(preview.querySelector('li')).toHaveTextContent('МФЦ');
  });

  it('asks for the question of a FAQ before sending anything', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({}, 201));
    const { user } = renderEditor();

    await user.type(screen.getByLabelText(/Заголовок/), 'Аренда без торгов');
    await user.type(screen.getByLabelText(/Текст \(Markdown\)/), 'Ответ.');
    await user.click(screen.getByRole('button', { name: 'Создать черновик' }));

    const question = screen.getByLabelText(/Вопрос/);
    expect(question).toHaveAttribute('aria-invalid', 'true');
    expect(question).toHaveAccessibleDescription(/Напишите вопрос/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('creates a FAQ for the portal with tags and topics as lists', async () => {
    const created = { ...existing, id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', version: 1 };
    const fetchSpy = mockFetch(() => jsonResponse(created, 201));
    const { user, onSaved } = renderEditor();

    await user.type(screen.getByLabelText(/Заголовок/), 'Аренда без торгов');
    await user.type(screen.getByLabelText(/Вопрос/), 'Как получить участок без торгов?');
    await user.type(screen.getByLabelText(/Текст \(Markdown\)/), 'По статье 39.6 ЗК РФ.');
    await user.type(screen.getByLabelText(/Метки/), 'аренда, без торгов');
    await user.type(screen.getByLabelText(/Темы классификатора/), 'land.lease');
    await user.click(screen.getByLabelText('Показывать на портале среди частых вопросов'));
    await user.click(screen.getByRole('button', { name: 'Создать черновик' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    const [request] = requestsOf(fetchSpy);
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/knowledge/articles');
    expect(await request.json()).toEqual({
      sectionId: sections[0].id,
      kind: 'faq',
      title: 'Аренда без торгов',
      question: 'Как получить участок без торгов?',
      body: 'По статье 39.6 ЗК РФ.',
      tags: ['аренда', 'без торгов'],
      topics: ['land.lease'],
      public: true,
    });
  });

  it('saves a change as a new version of the one it started from', async () => {
    const fetchSpy = mockFetch(() => jsonResponse({ ...existing, version: 4 }));
    const { user, onSaved } = renderEditor(existing);

    await user.clear(screen.getByLabelText(/Заголовок/));
    await user.type(screen.getByLabelText(/Заголовок/), 'Ответ об аренде земли');
    await user.type(screen.getByLabelText(/Что изменено/), 'Уточнён заголовок');
    await user.click(screen.getByRole('button', { name: 'Сохранить новую версию' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [request] = requestsOf(fetchSpy);
    expect(request.method).toBe('PUT');
    expect(new URL(request.url).pathname).toBe(`/api/v1/knowledge/articles/${existing.id}`);
    expect(await request.json()).toMatchObject({
      title: 'Ответ об аренде земли',
      kind: 'answer_template',
      note: 'Уточнён заголовок',
      baseVersion: 3,
      public: false,
    });
  });

  it('explains an edit conflict and puts field errors of a problem on their fields', async () => {
    mockFetch(() =>
      problemResponse({
        type: '/problems/validation',
        title: 'Запрос содержит ошибки',
        status: 400,
        detail: 'Исправьте отмеченные поля и отправьте запрос ещё раз.',
        errors: [
          { field: 'topics[0]', message: 'Код темы: латинские строчные буквы' },
          { field: 'public', message: 'На портале показываются только частые вопросы' },
        ],
      }),
    );
    const { user, onSaved } = renderEditor(existing);
    await user.click(screen.getByRole('button', { name: 'Сохранить новую версию' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Исправьте отмеченные поля');
    expect(screen.getByLabelText(/Темы классификатора/)).toHaveAccessibleDescription(
      /латинские строчные буквы/,
    );
    expect(screen.getByText('На портале показываются только частые вопросы')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('tells the editor when someone else saved first', async () => {
    mockFetch(() =>
      problemResponse({
        type: '/problems/knowledge-edit-conflict',
        title: 'Статью уже изменили',
        status: 409,
        detail: 'Вы правили версию 3, а текущая — 4 (pavel.land).',
      }),
    );
    const { user } = renderEditor(existing);
    await user.click(screen.getByRole('button', { name: 'Сохранить новую версию' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Статью уже изменили');
    expect(alert).toHaveTextContent('текущая — 4');
  });
});
