import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useArticle } from '../api/article-query';
import { usePublishArticle } from '../api/publish-article-mutation';
import type { Article } from '../api/types';
import { capitalize, kindLabel, statusLabels } from '../labels';
import { AttachmentList } from './article-attachments';
import { Markdown } from './markdown';

type Props = {
  id: string;
  /** Staff see the article's card and actions; the portal shows the question and answer only. */
  scope: 'staff' | 'portal';
  editHref?: (id: string) => string;
  historyHref?: (id: string) => string;
};

/** One article, read as Markdown. */
export function ArticleView({ id, scope, editHref, historyHref }: Props) {
  const article = useArticle(id);

  if (article.isPending) return <Loading label="Загружаем статью…" />;
  if (article.isError) {
    const notFound = article.error instanceof ProblemError && article.error.status === 404;
    return (
      <>
        <PageHeading>{notFound ? 'Статья не найдена' : 'Ошибка загрузки'}</PageHeading>
        <Alert tone="error">{describeError(article.error)}</Alert>
      </>
    );
  }
  const a = article.data;
  return (
    <article className="knowledge-article">
      <PageHeading>{a.question ?? a.title ?? ''}</PageHeading>
      {scope === 'staff' && <StaffCard article={a} editHref={editHref} historyHref={historyHref} />}
      <Markdown source={a.body ?? ''} />
      <AttachmentList articleId={String(a.id)} files={a.attachments ?? []} />
    </article>
  );
}

function StaffCard({
  article: a,
  editHref,
  historyHref,
}: {
  article: Article;
  editHref?: (id: string) => string;
  historyHref?: (id: string) => string;
}) {
  const publish = usePublishArticle(String(a.id));
  const published = a.status === 'published';
  return (
    <>
      <dl className="details details-grid">
        <div>
          <dt>Вид</dt>
          <dd>{kindLabel(a.kind)}</dd>
        </div>
        <div>
          <dt>Раздел</dt>
          <dd>
            {a.sectionTitle} ({capitalize(a.departmentName)})
          </dd>
        </div>
        <div>
          <dt>Состояние</dt>
          <dd>
            {a.status && statusLabels[a.status]}
            {a.public && ' · показывается на портале'}
          </dd>
        </div>
        <div>
          <dt>Версия</dt>
          <dd>
            {a.version}, {a.updatedAt && formatDateTime(a.updatedAt)}, {a.updatedBy}
          </dd>
        </div>
        {(a.tags ?? []).length > 0 && (
          <div>
            <dt>Метки</dt>
            <dd>{a.tags?.join(', ')}</dd>
          </div>
        )}
      </dl>
      <div className="actions">
        {historyHref && <Link to={historyHref(String(a.id))}>История версий</Link>}
        {a.editable && editHref && (
          <Link className="button button-secondary" to={editHref(String(a.id))}>
            Править
          </Link>
        )}
        {a.editable && (
          <button
            type="button"
            className="button"
            aria-disabled={publish.isPending || undefined}
            onClick={() => !publish.isPending && publish.mutate(!published)}
          >
            {published ? 'Снять с публикации' : 'Опубликовать'}
          </button>
        )}
      </div>
      {publish.isError && <Alert tone="error">{describeError(publish.error)}</Alert>}
      {a.title && a.question && <h2>{a.title}</h2>}
    </>
  );
}
