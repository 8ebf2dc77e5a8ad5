// ReferralCode against the demo sandbox: campaign 3 (refer a friend) gives Ada `ADA-FRIEND` (10 uses). Grace's code is
// left out of some sandboxes so that she has none yet.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { ReferralCode } from '../../src/components/ReferralCode/ReferralCode.js';
import { createTalonSandbox, demo, demoSeed } from '../../src/mock/index.js';
import { TalonProvider } from '../../src/react/TalonProvider.js';
import { renderWithSandbox, server, url } from './render.js';

const now = '2026-03-01T12:00:00.000Z';
const campaignId = demo.campaigns.referrals;
const inventoryPath = url('/v1/customer_profiles/:integrationId/inventory');

/** The demo sandbox with some referral codes changed (or left out, by returning undefined). */
function sandboxWith(change: (code: string) => Record<string, unknown> | undefined | null) {
  const seed = demoSeed({ now });
  seed.referrals = (seed.referrals ?? []).flatMap((referral) => {
    const changed = change(referral.code);
    if (changed === undefined) return [];
    return [changed === null ? referral : { ...referral, ...changed }];
  });
  return createTalonSandbox(seed, { now });
}

/** Without Grace's code. */
const withoutGraceCode = () => sandboxWith((code) => (code === demo.referrals.grace ? undefined : null));

/** The advocate's codes in the campaign, as the sandbox holds them. */
function codesOf(sandbox: ReturnType<typeof createTalonSandbox>, integrationId: string) {
  return (sandbox.call('getCustomerInventory', { integrationId, referrals: true }).referrals ?? [])
    .filter((referral) => referral.campaignId === campaignId)
    .map((referral) => referral.code);
}

function setShare(share: ((data: ShareData) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
}

function removeClipboard() {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
}

afterEach(() => {
  // jsdom has no Web Share API: leave it as it was.
  delete (navigator as { share?: unknown }).share;
});

describe('ReferralCode', () => {
  it('shows loading, then the advocate’s code with its uses', async () => {
    renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, { now });
    const region = screen.getByRole('region', { name: 'Refer a friend' });
    expect(region).toHaveAttribute('data-state', 'loading');
    expect(within(region).getByText('Loading…')).toHaveAttribute('role', 'status');

    expect(await screen.findByText(demo.referrals.ada)).toHaveProperty('tagName', 'CODE');
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { level: 2, name: 'Refer a friend' })).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(terms).toEqual([
      ['Your referral code', demo.referrals.ada],
      ['Used', '0 of 10'],
    ]);
    expect(screen.getByRole('button', { name: `Copy referral code ${demo.referrals.ada}` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create my code' })).not.toBeInTheDocument();
  });

  it('copies the code by keyboard alone and says so', async () => {
    const { user } = renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, {
      now,
    });
    await screen.findByText(demo.referrals.ada);
    await user.tab();
    const copy = screen.getByRole('button', { name: `Copy referral code ${demo.referrals.ada}` });
    expect(copy).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await navigator.clipboard.readText()).toBe(demo.referrals.ada);
    expect(copy).toHaveAttribute('data-state', 'copied');
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'Copied')).toBe(true);
  });

  it('says when there is no clipboard, with the code left to select', async () => {
    const { user } = renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, {
      now,
    });
    await screen.findByText(demo.referrals.ada);
    removeClipboard();
    await user.click(screen.getByRole('button', { name: /Copy referral code/ }));
    expect(await screen.findByText('Could not copy. Select the code and copy it yourself.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('button', { name: /Copy referral code/ })).toHaveAttribute('data-state', 'failed');
  });

  it('creates a code by keyboard, shows it at once, focuses its copy button, and copies it', async () => {
    const inventoryReads: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/inventory'))
        inventoryReads.push(request.url);
    });
    const { user, sandbox } = renderWithSandbox(
      <ReferralCode integrationId={demo.profiles.grace} campaignId={campaignId} />,
      { sandbox: withoutGraceCode() },
    );
    const create = await screen.findByRole('button', { name: 'Create my code' });
    const region = screen.getByRole('region');
    expect(region).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('You do not have a referral code to share yet.')).toBeInTheDocument();
    expect(codesOf(sandbox, demo.profiles.grace)).toEqual([]);

    await user.tab();
    expect(create).toHaveFocus();
    await user.keyboard('{Enter}');

    const copy = await screen.findByRole('button', { name: /^Copy referral code / });
    const [code] = codesOf(sandbox, demo.profiles.grace);
    expect(code).toBeDefined();
    expect(copy).toHaveAccessibleName(`Copy referral code ${code}`);
    expect(screen.getByText(code!)).toHaveProperty('tagName', 'CODE');
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(screen.getByText(`Your referral code ${code} is ready.`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(copy).toHaveFocus());

    await user.keyboard('{Enter}');
    expect(await navigator.clipboard.readText()).toBe(code);
    // The inventory, marked stale by the hook, is read again and brings the same code: no second one was created.
    await waitFor(() => expect(inventoryReads).toHaveLength(2));
    expect(codesOf(sandbox, demo.profiles.grace)).toEqual([code]);
    expect(screen.getAllByText(code!)).toHaveLength(1);
    server.events.removeAllListeners('request:start');
  });

  it('creates the first code of an advocate who has no profile yet (the inventory answers 404)', async () => {
    const { user, sandbox } = renderWithSandbox(<ReferralCode integrationId="new-advocate" campaignId={campaignId} />, {
      now,
    });
    await user.click(await screen.findByRole('button', { name: 'Create my code' }));
    const copy = await screen.findByRole('button', { name: /^Copy referral code / });
    const [code] = codesOf(sandbox, 'new-advocate');
    expect(copy).toHaveAccessibleName(`Copy referral code ${code}`);
  });

  it('offers a new code when the only one has expired', async () => {
    const sandbox = sandboxWith((code) =>
      code === demo.referrals.ada ? { expiryDate: '2026-02-01T00:00:00Z' } : null,
    );
    renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, { sandbox });
    expect(await screen.findByRole('button', { name: 'Create my code' })).toBeInTheDocument();
    expect(screen.queryByText(demo.referrals.ada)).not.toBeInTheDocument();
  });

  it('shows a code’s expiry date in the shopper’s locale', async () => {
    const sandbox = sandboxWith((code) =>
      code === demo.referrals.ada ? { expiryDate: '2099-06-15T12:00:00Z' } : null,
    );
    renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, {
      sandbox,
      locale: 'de-DE',
    });
    const date = await screen.findByText('15.06.2099');
    expect(date).toHaveAttribute('dateTime', '2099-06-15T12:00:00Z');
    expect(date.closest('dd')?.previousElementSibling).toHaveTextContent('Valid until');
  });

  it('keeps the button (and focus) while the code is being created, and creates only one', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(url('/v1/referrals'), async () => {
        await held;
        return undefined;
      }),
    );
    const { user, sandbox } = renderWithSandbox(
      <ReferralCode integrationId={demo.profiles.grace} campaignId={campaignId} />,
      { sandbox: withoutGraceCode() },
    );
    const create = await screen.findByRole('button', { name: 'Create my code' });
    await user.click(create);
    expect(create).toHaveTextContent('Creating your code…');
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAttribute('data-state', 'pending');
    expect(create).toHaveFocus();
    await user.keyboard('{Enter}');
    release();
    await screen.findByRole('button', { name: /^Copy referral code / });
    expect(codesOf(sandbox, demo.profiles.grace)).toHaveLength(1);
  });

  it('says when creating the code failed, linked to the button, and creates it on a second try', async () => {
    let failing = true;
    server.use(
      http.post(url('/v1/referrals'), () =>
        failing ? HttpResponse.json({ message: 'boom' }, { status: 500 }) : undefined,
      ),
    );
    const { user, sandbox } = renderWithSandbox(
      <ReferralCode integrationId={demo.profiles.grace} campaignId={campaignId} />,
      { sandbox: withoutGraceCode() },
    );
    const create = await screen.findByRole('button', { name: 'Create my code' });
    await user.click(create);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not create your code. Please try again.');
    expect(create).toHaveAccessibleDescription('We could not create your code. Please try again.');
    expect(create).toHaveAttribute('data-state', 'error');
    expect(codesOf(sandbox, demo.profiles.grace)).toEqual([]);

    failing = false;
    await user.click(create);
    await screen.findByRole('button', { name: /^Copy referral code / });
    expect(codesOf(sandbox, demo.profiles.grace)).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a 500 of the inventory as an error with a retry', async () => {
    let failing = true;
    server.use(
      http.get(inventoryPath, () => (failing ? HttpResponse.json({ message: 'boom' }, { status: 500 }) : undefined)),
    );
    const { user } = renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, {
      now,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');
    expect(screen.queryByRole('button', { name: 'Create my code' })).not.toBeInTheDocument();
    failing = false;
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard(' ');
    expect(await screen.findByText(demo.referrals.ada)).toBeInTheDocument();
  });

  it('shows an inventory that does not fit the schema as an error', async () => {
    server.use(http.get(inventoryPath, () => HttpResponse.json({ referrals: [{ code: 42 }] })));
    renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, { now });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error');
  });

  describe('sharing', () => {
    it('has no share button where the browser cannot share', async () => {
      renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, { now });
      await screen.findByText(demo.referrals.ada);
      expect(screen.queryByRole('button', { name: /Share/ })).not.toBeInTheDocument();
    });

    it('shares the text with the code (and the URL) by the Web Share API, and says so', async () => {
      const share = vi.fn(async (_data: ShareData) => {});
      setShare(share);
      const { user } = renderWithSandbox(
        <ReferralCode
          integrationId={demo.profiles.ada}
          campaignId={campaignId}
          shareUrl="https://shop.example/welcome"
        />,
        { now },
      );
      const button = await screen.findByRole('button', { name: `Share referral code ${demo.referrals.ada}` });
      expect(button).toHaveTextContent('Share');
      await user.tab();
      await user.tab();
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(share).toHaveBeenCalledWith({
        title: 'My referral code',
        text: `Use my referral code ${demo.referrals.ada} on your order.`,
        url: 'https://shop.example/welcome',
      });
      expect(await screen.findByText('Shared')).toHaveAttribute('role', 'status');
    });

    it('says nothing when the shopper closes the share sheet', async () => {
      setShare(async () => {
        throw new DOMException('Share canceled', 'AbortError');
      });
      const { user } = renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, {
        now,
      });
      await user.click(await screen.findByRole('button', { name: /^Share referral code/ }));
      expect(screen.getByRole('button', { name: /^Share referral code/ })).toHaveAttribute('data-state', 'idle');
      expect(await navigator.clipboard.readText()).toBe('');
    });

    it('copies the text instead when sharing is gone or fails at click time', async () => {
      setShare(async () => {});
      const { user } = renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />, {
        now,
      });
      const button = await screen.findByRole('button', { name: /^Share referral code/ });
      setShare(undefined);
      await user.click(button);
      expect(
        await screen.findByText('Sharing is not available here, so your message with the code was copied instead.'),
      ).toHaveAttribute('role', 'status');
      expect(await navigator.clipboard.readText()).toBe(`Use my referral code ${demo.referrals.ada} on your order.`);

      setShare(async () => {
        throw new DOMException('Not allowed', 'NotAllowedError');
      });
      removeClipboard();
      await user.click(button);
      expect(await screen.findByText('Could not share. Select the code and copy it yourself.')).toBeInTheDocument();
    });
  });

  it('takes its words from the messages prop over the provider over the defaults', async () => {
    const share = vi.fn(async (_data: ShareData) => {});
    setShare(share);
    const { user } = renderWithSandbox(
      <ReferralCode
        integrationId={demo.profiles.ada}
        campaignId={campaignId}
        messages={{ shareText: (code) => `Get 15% off with ${code}`, copyLabel: (code) => `Copy ${code}` }}
      />,
      {
        now,
        messages: {
          referralCode: { title: 'Invite friends', copyLabel: () => 'never used' },
          common: { copy: 'Kopieren' },
        },
      },
    );
    expect(screen.getByRole('region', { name: 'Invite friends' })).toBeInTheDocument();
    const copy = await screen.findByRole('button', { name: `Copy ${demo.referrals.ada}` });
    expect(copy).toHaveTextContent('Kopieren');
    await user.click(screen.getByRole('button', { name: /^Share referral code/ }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ text: `Get 15% off with ${demo.referrals.ada}` }));
  });

  it('renders on the server without the share button, even where the browser could share', () => {
    setShare(async () => {});
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <TalonProvider baseUrl="/api/talon">
          <ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} />
        </TalonProvider>
      </QueryClientProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).not.toContain('Share referral code');
  });

  it('has no kit classes when unstyled, keeps className, and forwards its ref', async () => {
    const ref = createRef<HTMLElement>();
    const { container, rerender } = renderWithSandbox(
      <ReferralCode ref={ref} integrationId={demo.profiles.ada} campaignId={campaignId} unstyled className="mine" />,
      { now },
    );
    await screen.findByText(demo.referrals.ada);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current).toHaveAttribute('class', 'mine');
    expect(ref.current).toHaveAttribute('data-state', 'ready');
    expect(container.querySelector('[class*="talon"]')).toBeNull();

    rerender(<ReferralCode ref={ref} integrationId={demo.profiles.ada} campaignId={campaignId} className="mine" />);
    expect(ref.current).toHaveClass('talon', 'talon-referral-code', 'mine');
    expect(container.querySelector('.talon-referral-code__code')).toHaveTextContent(demo.referrals.ada);
  });

  it('leaves out the heading with headingLevel={false}', async () => {
    renderWithSandbox(<ReferralCode integrationId={demo.profiles.ada} campaignId={campaignId} headingLevel={false} />, {
      now,
    });
    await screen.findByText(demo.referrals.ada);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
