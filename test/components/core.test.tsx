// The components' shared foundation: cached Intl formatters that never throw, useFormat's output, the messages merge
// order, class names, ProgressBar's ARIA and CopyButton's states.
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { CopyButton } from '../../src/components/core/CopyButton.js';
import { dateFormat, moneyFormat, numberFormat } from '../../src/react/format/formatters.js';
import { ProgressBar } from '../../src/components/core/ProgressBar.js';
import { Status } from '../../src/components/core/Status.js';
import { classNames } from '../../src/components/core/useClassNames.js';
import { useFormat } from '../../src/react/format/useFormat.js';
import { defaultCommonMessages } from '../../src/messages/common.js';
import type { TalonMessagesOverrides } from '../../src/messages/TalonMessages.js';
import { useMessages } from '../../src/components/core/useMessages.js';
import { defaultReferralCodeMessages } from '../../src/messages/referralCode.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';

/** Intl's output with its no-break spaces made plain, to compare with readable strings. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function provider(props: { locale?: string; currency?: string; messages?: TalonMessagesOverrides } = {}) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <TalonProvider baseUrl="/api/talon" {...props}>
        {children}
      </TalonProvider>
    );
  };
}

describe('formatters', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    expect(numberFormat('de-DE')).toBe(numberFormat('de-DE'));
    expect(numberFormat('de-DE', { maximumFractionDigits: 2 })).toBe(
      numberFormat('de-DE', { maximumFractionDigits: 2 }),
    );
    expect(numberFormat('de-DE')).not.toBe(numberFormat('fr-FR'));
    expect(dateFormat('de-DE', { dateStyle: 'medium' })).toBe(dateFormat('de-DE', { dateStyle: 'medium' }));
    expect(moneyFormat('de-DE', 'EUR')).toBe(moneyFormat('de-DE', 'EUR'));
  });

  it('falls back to the default locale on a malformed one instead of throwing', () => {
    expect(() => new Intl.NumberFormat('not a locale!')).toThrow(RangeError);
    expect(numberFormat('not a locale!').format(1234.5)).toBe(new Intl.NumberFormat().format(1234.5));
    expect(dateFormat('not a locale!', { dateStyle: 'medium' }).format(new Date(0))).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(0)),
    );
    // A well-formed but unknown locale is Intl's own business: it uses its default.
    expect(numberFormat('xx-XX').format(1.5)).toBe(new Intl.NumberFormat().format(1.5));
  });

  it('formats an unknown or malformed currency as a plain number with its code, and no currency as a number', () => {
    expect(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EURO' })).toThrow(RangeError);
    expect(moneyFormat('en-US', 'EURO')(12.5)).toBe('12.50 EURO');
    expect(moneyFormat('de-DE', 'EURO')(1234.5)).toBe('1.234,50 EURO');
    expect(moneyFormat('en-US', undefined)(12.5)).toBe('12.50');
    expect(moneyFormat('en-US', '')(12.5)).toBe('12.50');
    expect(plain(moneyFormat('not a locale!', 'EUR')(12.5))).toBe(
      plain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(12.5)),
    );
    expect(moneyFormat('not a locale!', 'EURO')(12.5)).toMatch(/^12.50 EURO$/);
  });
});

describe('useFormat', () => {
  it('formats money, points, numbers and dates with the provider’s locale and currency', () => {
    const { result } = renderHook(() => useFormat(), { wrapper: provider({ locale: 'de-DE', currency: 'EUR' }) });
    const format = result.current;
    expect(format.locale).toBe('de-DE');
    expect(plain(format.money(1234.5))).toBe('1.234,50 €');
    expect(format.points(1234.567)).toBe('1.234,57');
    expect(format.number(1234)).toBe('1.234');
    expect(format.date('2026-03-01T12:00:00Z')).toBe('01.03.2026');
    expect(format.date(new Date('2026-03-01T12:00:00Z'))).toBe('01.03.2026');
    expect(format.dateTime('2026-03-01T12:00:00Z')).toMatch(/^01\.03\.2026, \d\d:\d\d$/);
  });

  it('formats in US English and dollars', () => {
    const { result } = renderHook(() => useFormat(), { wrapper: provider({ locale: 'en-US', currency: 'USD' }) });
    expect(result.current.money(1234.5)).toBe('$1,234.50');
    expect(result.current.money(-3)).toBe('-$3.00');
    expect(result.current.points(10)).toBe('10');
    expect(result.current.date('2026-03-01T12:00:00Z')).toBe('Mar 1, 2026');
  });

  it('gives an empty string for an invalid date, and never throws on a bad locale or currency', () => {
    const { result } = renderHook(() => useFormat(), { wrapper: provider({ locale: 'en_US', currency: 'dollars' }) });
    expect(result.current.date('not a date')).toBe('');
    expect(result.current.dateTime('')).toBe('');
    expect(result.current.money(2)).toMatch(/2.00 dollars$/);
    expect(result.current.number(3)).toBe(new Intl.NumberFormat().format(3));
  });

  it('keeps the same formatters across renders', () => {
    const { result, rerender } = renderHook(() => useFormat(), { wrapper: provider({ locale: 'en-US' }) });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('useMessages', () => {
  const useReferralMessages = (own?: Parameters<typeof useMessages<'referralCode'>>[2]) =>
    useMessages('referralCode', defaultReferralCodeMessages, own);

  it('gives the defaults and the common words without overrides', () => {
    const { result } = renderHook(() => useReferralMessages(), { wrapper: provider() });
    expect(result.current.title).toBe(defaultReferralCodeMessages.title);
    expect(result.current.common).toEqual(defaultCommonMessages);
  });

  it('merges defaults <- provider <- prop, key by key', () => {
    const { result } = renderHook(
      () => useReferralMessages({ create: 'From the prop', shareText: (code) => `prop ${code}` }),
      {
        wrapper: provider({
          messages: {
            referralCode: { title: 'From the provider', create: 'Provider create' },
            common: { copy: 'Kopieren' },
          },
        }),
      },
    );
    const m = result.current;
    expect(m.title).toBe('From the provider');
    expect(m.create).toBe('From the prop');
    expect(m.shareText('X')).toBe('prop X');
    expect(m.codeLabel).toBe(defaultReferralCodeMessages.codeLabel);
    expect(m.common.copy).toBe('Kopieren');
    expect(m.common.retry).toBe(defaultCommonMessages.retry);
    expect(m.common.couponRejection('CouponExpired')).toBe('This code has expired.');
  });

  it('keeps a word that an override leaves undefined', () => {
    const { result } = renderHook(() => useReferralMessages({ title: undefined, shareText: undefined }), {
      wrapper: provider({ messages: { referralCode: { title: 'Provider title', create: undefined } } }),
    });
    expect(result.current.title).toBe('Provider title');
    expect(result.current.create).toBe(defaultReferralCodeMessages.create);
    expect(result.current.shareText('ABC')).toBe(defaultReferralCodeMessages.shareText('ABC'));
  });

  it('keeps the same object while nothing changes', () => {
    const own = { title: 'T' };
    const { result, rerender } = renderHook(() => useReferralMessages(own), { wrapper: provider() });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('classNames', () => {
  it('names the root and the parts under the talon- prefix, with the app’s class', () => {
    const cls = classNames('coupon-wallet', false);
    expect(cls()).toBe('talon talon-coupon-wallet');
    expect(cls(undefined, 'mine')).toBe('talon talon-coupon-wallet mine');
    expect(cls('row')).toBe('talon-coupon-wallet__row');
    expect(cls('row', 'extra')).toBe('talon-coupon-wallet__row extra');
  });

  it('gives none of the kit’s classes when unstyled, only the app’s', () => {
    const cls = classNames('coupon-wallet', true);
    expect(cls()).toBeUndefined();
    expect(cls('row')).toBeUndefined();
    expect(cls(undefined, 'mine')).toBe('mine');
  });
});

describe('ProgressBar', () => {
  it('has complete ARIA and data attributes, and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ProgressBar ref={ref} value={2} max={3} valueText="2 of 3 orders" label="Place 3 orders" />);
    const bar = screen.getByRole('progressbar', { name: 'Place 3 orders' });
    expect(ref.current).toBe(bar);
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 orders');
    expect(bar).toHaveAttribute('data-state', 'inprogress');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe(`${(2 / 3) * 100}%`);
  });

  it('clamps the value between 0 and max, and is complete at max', () => {
    const { rerender } = render(<ProgressBar value={5} max={3} valueText="done" label="a" />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('data-state', 'complete');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('100%');
    rerender(<ProgressBar value={-1} max={3} valueText="none" label="a" />);
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    rerender(<ProgressBar value={Number.NaN} max={3} valueText="none" label="a" />);
    expect(bar).toHaveAttribute('aria-valuenow', '0');
  });

  it('can be labelled by a visible element', () => {
    render(
      <>
        <h3 id="title">Shoe collector</h3>
        <ProgressBar value={0} max={5} valueText="0 of 5" aria-labelledby="title" className="bar" />
      </>,
    );
    expect(screen.getByRole('progressbar', { name: 'Shoe collector' })).toHaveClass('bar');
  });
});

describe('CopyButton', () => {
  function renderCopy() {
    return render(<CopyButton text="WELCOME10" label="Copy code WELCOME10" messages={defaultCommonMessages} />);
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('copies with the clipboard, says so in a live region, and goes back to idle', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const writeText = vi.fn(async (_text: string) => {});
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderCopy();
    const button = screen.getByRole('button', { name: 'Copy code WELCOME10' });
    const status = screen.getByRole('status');
    expect(button).toHaveAttribute('data-state', 'idle');
    expect(button).toHaveTextContent('Copy');
    expect(status).toHaveTextContent('');

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith('WELCOME10');
    expect(button).toHaveAttribute('data-state', 'copied');
    // The button keeps its text (and so its name): the live region next to it says "Copied".
    expect(button).toHaveTextContent(/^Copy$/);
    expect(button).toHaveAccessibleName('Copy code WELCOME10');
    expect(status).toHaveTextContent('Copied');

    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(button).toHaveAttribute('data-state', 'idle');
    expect(status).toHaveTextContent('');
  });

  it('says it could not copy when the clipboard refuses', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    renderCopy();
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'failed');
    expect(screen.getByRole('status')).toHaveTextContent(defaultCommonMessages.copyFailed);
  });

  it('says it could not copy when there is no clipboard at all', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderCopy();
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'failed');
    expect(screen.getByRole('button')).toHaveTextContent('Copy');
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy. Select the code and copy it yourself.');
  });

  it('forwards its ref to the button', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<CopyButton ref={ref} text="A" label="Copy A" messages={defaultCommonMessages} />);
    expect(ref.current).toBe(screen.getByRole('button'));
  });
});

describe('Status', () => {
  it('shows loading as a status, an error as an alert with a retry, and the empty text', async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<Status state="loading" messages={defaultCommonMessages} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<Status state="error" messages={defaultCommonMessages} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<Status state="empty" messages={defaultCommonMessages} empty="Nothing here." />);
    expect(screen.getByText('Nothing here.')).toHaveAttribute('data-status', 'empty');
  });
});
