import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { useArticle } from '@/features/knowledge/api/article-query';
import { resolveGap } from '@/features/knowledge/api/gap-mutations';
import { useSections } from '@/features/knowledge/api/sections-query';
import { AttachmentsEditor } from '@/features/knowledge/components/article-attachments';
import { ArticleEditor, type EditorValues } from '@/features/knowledge/components/article-editor';
import { describeError } from '@/lib/api-client';

/**
 * `/staff/knowledge/new` and `/staff/knowledge/articles/:id/edit`: write an article. From the gap
 * list (`?gap=…&question=…&topic=…`) a new FAQ starts with the clients' question, and saving it
 * marks the gap «FAQ created».
 */
export function KnowledgeEditRoute() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const article = useArticle(id);
  const sections = useSections();
  const gap = id ? null : search.get('gap');
  const question = search.get('question') ?? '';
  const topic = search.get('topic') ?? '';

  if (sections.isPending || (id && article.isPending)) return <Loading />;
  if (sections.isError) return <Alert tone="error">{describeError(sections.error)}</Alert>;
  if (id && article.isError) return <Alert tone="error">{describeError(article.error)}</Alert>;
  const writable = sections.data.filter((s) => s.editable);
  const heading = id ? `Правка: ${article.data?.title ?? ''}` : 'Новая статья';
  const draft: Partial<EditorValues> | undefined = gap
    ? { kind: 'faq', question, title: question.replace(/\?$/, ''), topics: topic }
    : undefined;
  return (
    <>
      <p className="back-link">
        <Link
          to={
            id
              ? `/staff/knowledge/articles/${id}`
              : gap
                ? '/staff/knowledge/gaps'
                : '/staff/knowledge'
          }
        >
          ← Назад
        </Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      {writable.length === 0 ? (
        <Alert tone="info">
          Править базу знаний могут редакторы подразделения — владельца раздела и администратор.
        </Alert>
      ) : (
        <>
          <ArticleEditor
            article={id ? article.data : undefined}
            sections={writable}
            draft={draft}
            onSaved={async (saved) => {
              if (gap) {
                // The FAQ is saved either way; the gap stays open if this fails, to resolve by hand.
                await resolveGap(gap, { resolution: 'faq_created', articleId: saved.id }).catch(
                  () => undefined,
                );
              }
              navigate(`/staff/knowledge/articles/${saved.id}`);
            }}
          />
          {id && article.data?.editable ? (
            <AttachmentsEditor article={article.data} />
          ) : (
            !id && <p className="muted">Файлы можно приложить, когда черновик будет создан.</p>
          )}
        </>
      )}
    </>
  );
}
