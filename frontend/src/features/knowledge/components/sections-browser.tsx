import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useSectionArticles } from '../api/articles-query';
import { useSections } from '../api/sections-query';
import type { Section } from '../api/types';
import { capitalize, kindLabel, statusLabels } from '../labels';

type Props = { articleHref: (id: string) => string };

/** The knowledge base by unit and section (§32, §33), each section's articles under a disclosure. */
export function SectionsBrowser({ articleHref }: Props) {
  const sections = useSections();
  if (sections.isPending) return <Loading label="Загружаем разделы…" />;
  if (sections.isError) return <Alert tone="error">{describeError(sections.error)}</Alert>;

  const byDepartment = new Map<string, Section[]>();
  for (const s of sections.data) {
    const key = s.departmentName ?? s.departmentCode ?? '';
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), s]);
  }
  return (
    <>
      {[...byDepartment.entries()].map(([department, list]) => (
        <section key={department} aria-label={capitalize(department)}>
          <h2>{capitalize(department)}</h2>
          {list.map((s) => (
            <details key={s.id} className="kb-section">
              <summary>
                {s.title} <span className="muted">({s.articleCount})</span>
                {s.reviewState === 'overdue' && (
                  <span className="badge badge-warning">актуализация просрочена</span>
                )}
              </summary>
              {s.description && <p className="muted">{s.description}</p>}
              <SectionArticles sectionId={String(s.id)} articleHref={articleHref} />
            </details>
          ))}
        </section>
      ))}
    </>
  );
}

function SectionArticles({ sectionId, articleHref }: { sectionId: string } & Props) {
  const articles = useSectionArticles(sectionId);
  if (articles.isPending) return <Loading label="Загружаем статьи…" />;
  if (articles.isError) return <Alert tone="error">{describeError(articles.error)}</Alert>;
  const items = articles.data.items ?? [];
  if (items.length === 0) return <p className="muted">В разделе пока нет статей.</p>;
  return (
    <ul className="article-list">
      {items.map((a) => (
        <li key={a.id}>
          <Link to={articleHref(String(a.id))}>{a.title}</Link>{' '}
          <span className="muted">
            — {kindLabel(a.kind)}
            {a.status === 'draft' && `, ${statusLabels.draft.toLowerCase()}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
