import { Link, useParams } from 'react-router';
import { ArticleView } from '@/features/knowledge/components/article-view';

/** `/faq/:id`: one public FAQ answer. */
export function FaqArticleRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <p className="back-link">
        <Link to="/faq">← К частым вопросам</Link>
      </p>
      <ArticleView id={id} scope="portal" />
    </>
  );
}
