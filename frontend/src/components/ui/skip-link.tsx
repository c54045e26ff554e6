/** First focusable element on every page (WCAG 2.4.1). */
export function SkipLink({ target = 'main' }: { target?: string }) {
  return (
    <a className="skip-link" href={`#${target}`}>
      Перейти к основному содержанию
    </a>
  );
}
