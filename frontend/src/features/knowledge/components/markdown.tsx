import { lazy, Suspense } from 'react';

// The Markdown parser is the largest dependency of the app and only knowledge pages need it.
const MarkdownRenderer = lazy(() => import('./markdown-renderer'));

/** An article body rendered from Markdown. */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <Suspense fallback={<p className="muted">Загрузка текста…</p>}>
        <MarkdownRenderer source={source} />
      </Suspense>
    </div>
  );
}
