import { Link, useParams } from 'react-router';
import { ArticleView } from '@/features/knowledge/components/article-view';

/** `/staff/knowledge/articles/:id`: one article. */
export function KnowledgeArticleRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <p className="back-link">
        <Link to="/staff/knowledge">← К разделам базы знаний</Link>
      </p>
      <ArticleView
        id={id}
        scope="staff"
        editHref={(articleId) => `/staff/knowledge/articles/${articleId}/edit`}
        historyHref={(articleId) => `/staff/knowledge/articles/${articleId}/history`}
      />
    </>
  );
}
