import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Markdown with tables; raw HTML in the source is dropped, never run. Loaded on demand. */
export default function MarkdownRenderer({ source }: { source: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
      {source}
    </ReactMarkdown>
  );
}
