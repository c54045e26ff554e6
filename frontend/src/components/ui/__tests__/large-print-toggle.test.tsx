import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LARGE_PRINT_KEY } from '@/lib/large-print';
import { LargePrintToggle } from '../large-print-toggle';

const toggle = () => screen.getByRole('button', { name: /Крупный шрифт и высокий контраст/ });

describe('LargePrintToggle', () => {
  it('switches the large-print mode on and remembers it for the next visit', async () => {
    const user = userEvent.setup();
    const first = render(<LargePrintToggle />);
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveClass('large-print');

    await user.click(toggle());

    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('large-print');
    expect(window.localStorage.getItem(LARGE_PRINT_KEY)).toBe('on');

    first.unmount();
    document.documentElement.className = '';
    render(<LargePrintToggle />);

    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('large-print');
  });

  it('switches it off again', async () => {
    window.localStorage.setItem(LARGE_PRINT_KEY, 'on');
    const user = userEvent.setup();
    render(<LargePrintToggle />);
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle());

    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveClass('large-print');
    expect(window.localStorage.getItem(LARGE_PRINT_KEY)).toBeNull();
  });
});
