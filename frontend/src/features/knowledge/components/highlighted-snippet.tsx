import { Fragment } from 'react';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Shows a search snippet whose hits the API wrapped in `<mark>`. The snippet is parsed, never
 * injected as HTML: only `<mark>` becomes an element, everything else stays text.
 */
export function HighlightedSnippet({ html }: { html: string | undefined }) {
  if (!html) return null;
  const parts = html.split(/<mark>(.*?)<\/mark>/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index}>{decode(part)}</mark>
        ) : (
          <Fragment key={index}>{decode(part)}</Fragment>
        ),
      )}
    </>
  );
}
