import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { useArticle } from '@/features/knowledge/api/article-query';
import { useSections } from '@/features/knowledge/api/sections-query';
import { ArticleEditor } from '@/features/knowledge/components/article-editor';
import { describeError } from '@/lib/api-client';

/** `/staff/knowledge/new` and `/staff/knowledge/articles/:id/edit`: write an article. */
export function KnowledgeEditRoute() {
  const { id } = useParams();
  const navigate = useNavigate();
  const article = useArticle(id);
  const sections = useSections();

  if (sections.isPending || (id && article.isPending)) return <Loading />;
  if (sections.isError) return <Alert tone="error">{describeError(sections.error)}</Alert>;
  if (id && article.isError) return <Alert tone="error">{describeError(article.error)}</Alert>;
  const writable = sections.data.filter((s) => s.editable);
  const heading = id ? `Правка: ${article.data?.title ?? ''}` : 'Новая статья';
  return (
    <>
      <p className="back-link">
        <Link to={id ? `/staff/knowledge/articles/${id}` : '/staff/knowledge'}>← Назад</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      {writable.length === 0 ? (
        <Alert tone="info">
          Править базу знаний могут редакторы подразделения — владельца раздела и администратор.
        </Alert>
      ) : (
        <ArticleEditor
          article={id ? article.data : undefined}
          sections={writable}
          onSaved={(saved) => navigate(`/staff/knowledge/articles/${saved.id}`)}
        />
      )}
    </>
  );
}
