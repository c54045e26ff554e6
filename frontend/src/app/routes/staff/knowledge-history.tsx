import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { useArticle } from '@/features/knowledge/api/article-query';
import { VersionHistory } from '@/features/knowledge/components/version-history';

/** `/staff/knowledge/articles/:id/history`: versions, comparison, restore. */
export function KnowledgeHistoryRoute() {
  const { id = '' } = useParams();
  const article = useArticle(id);
  return (
    <>
      <p className="back-link">
        <Link to={`/staff/knowledge/articles/${id}`}>← К статье</Link>
      </p>
      <PageHeading>{`История версий${article.data?.title ? `: ${article.data.title}` : ''}`}</PageHeading>
      {article.isPending ? (
        <Loading />
      ) : (
        <VersionHistory articleId={id} editable={Boolean(article.data?.editable)} />
      )}
    </>
  );
}
