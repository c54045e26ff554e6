import { useLargePrint } from '@/lib/large-print';

/** Toggle button for the large-print / high-contrast mode (`aria-pressed` tells its state). */
export function LargePrintToggle() {
  const [on, setOn] = useLargePrint();
  return (
    <button
      type="button"
      className="header-button large-print-toggle"
      aria-pressed={on}
      onClick={() => setOn(!on)}
    >
      <span aria-hidden="true" className="large-print-icon">
        Aa
      </span>{' '}
      Крупный шрифт и высокий контраст
    </button>
  );
}
