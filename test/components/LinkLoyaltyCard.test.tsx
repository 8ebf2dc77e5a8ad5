// LinkLoyaltyCard against the demo sandbox: program 2 (card-based, 2 customers per card).
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { LinkLoyaltyCard } from '../../src/components/LinkLoyaltyCard/LinkLoyaltyCard.js';
import { LoyaltyCardBalance } from '../../src/components/LoyaltyCardBalance/LoyaltyCardBalance.js';
import { demo } from '../../src/mock/index.js';
import { renderWithSandbox, server, url } from './render.js';

const program = demo.loyaltyPrograms.cards;
const { ada, grace, vip } = demo.profiles;
const { unlinked, full } = demo.loyaltyCards;
const linkPath = url('/v2/loyalty_programs/:programId/cards/:cardId/link_profile');

const seen: Request[] = [];
beforeEach(() => {
  seen.length = 0;
  server.events.on('request:start', ({ request }) => void seen.push(request));
});
afterEach(() => server.events.removeAllListeners());

const linkedProfiles = (sandbox: ReturnType<typeof renderWithSandbox>['sandbox'], card: string) =>
  sandbox
    .call('getLoyaltyCardBalances', { loyaltyProgramId: program, loyaltyCardId: card })
    .profiles?.map((profile) => profile.integrationId);

describe('LinkLoyaltyCard', () => {
  it('links a card by keyboard only and says so in a live region', async () => {
    const onLinked = vi.fn();
    const { user, sandbox, container } = renderWithSandbox(
      <LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} onLinked={onLinked} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Link a loyalty card' })).toBeInTheDocument();
    await user.tab();
    const input = screen.getByRole('textbox', { name: 'Loyalty card number' });
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription('The number printed on your card.');
    await user.keyboard(`  ${unlinked} `);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Link card' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`Card ${unlinked} is now linked to your account.`)).toHaveAttribute(
      'role',
      'status',
    );
    expect(container.firstElementChild).toHaveAttribute('data-state', 'success');
    expect(linkedProfiles(sandbox, unlinked)).toEqual([ada]);
    expect(onLinked).toHaveBeenCalledWith(expect.objectContaining({ identifier: unlinked }));
    expect(input).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Link card' })).toHaveFocus();
  });

  it('says a card at its user limit cannot be linked, linked to the input', async () => {
    const { user, sandbox, container } = renderWithSandbox(
      <LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />,
    );
    const input = screen.getByRole('textbox', { name: 'Loyalty card number' });
    await user.type(input, `${full}{Enter}`);
    const message = `Card ${full} is already shared by as many customers as allowed, so it cannot be linked to your account.`;
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(`The number printed on your card. ${message}`);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(linkedProfiles(sandbox, full)).toEqual([grace, vip]);
    // Typing again clears the error.
    await user.type(input, 'X');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('says when the card does not exist (404)', async () => {
    const { user } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />);
    await user.type(screen.getByRole('textbox'), 'DEMO-9999-9999{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not find card DEMO-9999-9999. Check the number and try again.',
    );
  });

  it('asks for a card number before sending anything', async () => {
    const { user } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />);
    await user.click(screen.getByRole('button', { name: 'Link card' }));
    const input = screen.getByRole('textbox');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your card number.');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('The number printed on your card. Enter your card number.');
    await user.type(input, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your card number.');
    expect(seen).toEqual([]);
  });

  it('refuses an identifier no card can have without sending it', async () => {
    const { user } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />);
    await user.type(screen.getByRole('textbox'), `${'9'.repeat(109)}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a valid card number.');
    expect(seen).toEqual([]);
  });

  it('is aria-disabled while the card is being linked, and ignores a second submit', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(linkPath, async () => {
        await held;
        return undefined;
      }),
    );
    const { user, container } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />);
    await user.type(screen.getByRole('textbox'), `${unlinked}{Enter}`);
    const button = await screen.findByRole('button', { name: 'Linking…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('textbox')).toHaveAttribute('readonly');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'pending');
    await user.click(button);
    release();
    expect(await screen.findByText(`Card ${unlinked} is now linked to your account.`)).toBeInTheDocument();
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('says something went wrong on a 500', async () => {
    server.use(http.post(linkPath, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const { user } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />);
    await user.type(screen.getByRole('textbox'), `${unlinked}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
  });

  it('says something went wrong when the answer breaks the schema', async () => {
    server.use(http.post(linkPath, () => HttpResponse.json({ identifier: 7 })));
    const { user } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />);
    await user.type(screen.getByRole('textbox'), `${unlinked}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
  });

  it('says any other refusal in words', async () => {
    // Program 1 is profile-based: the sandbox answers 400 naming loyaltyProgramId.
    const { user } = renderWithSandbox(
      <LinkLoyaltyCard loyaltyProgramId={demo.loyaltyPrograms.points} integrationId={ada} />,
    );
    await user.type(screen.getByRole('textbox'), `${unlinked}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(`Card ${unlinked} cannot be linked to your account.`);
  });

  it('refreshes a card balance on the page once linked', async () => {
    const { user } = renderWithSandbox(
      <>
        <LinkLoyaltyCard loyaltyProgramId={program} integrationId={ada} />
        <LoyaltyCardBalance loyaltyProgramId={program} loyaltyCardId={unlinked} />
      </>,
    );
    expect(await screen.findByText('No customer is linked to this card yet.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox'), `${unlinked}{Enter}`);
    expect(await screen.findByText(/^demo-shopper-1, linked on/)).toBeInTheDocument();
  });

  it('takes its words from the provider and the messages prop', async () => {
    const { user } = renderWithSandbox(
      <LinkLoyaltyCard
        loyaltyProgramId={program}
        integrationId={ada}
        messages={{ cardUserLimit: (card) => `${card} ist voll.`, hint: '' }}
      />,
      { messages: { linkLoyaltyCard: { label: 'Kartennummer', submit: 'Verknüpfen' } } },
    );
    const input = screen.getByRole('textbox', { name: 'Kartennummer' });
    expect(input).not.toHaveAttribute('aria-describedby');
    await user.type(input, full);
    await user.click(screen.getByRole('button', { name: 'Verknüpfen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`${full} ist voll.`);
  });

  it('leaves out its classes with unstyled, keeps className, and forwards its ref to the root', () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithSandbox(
      <LinkLoyaltyCard
        ref={ref}
        loyaltyProgramId={program}
        integrationId={ada}
        unstyled
        className="mine"
        headingLevel={false}
      />,
    );
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('class', 'mine');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
    expect(screen.getByRole('region', { name: 'Link a loyalty card' })).toBe(ref.current);
  });

  it('cannot be sent until it knows the customer', async () => {
    const { user } = renderWithSandbox(<LinkLoyaltyCard loyaltyProgramId={program} integrationId={undefined} />);
    const button = screen.getByRole('button', { name: 'Link card' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.type(screen.getByRole('textbox'), `${unlinked}{Enter}`);
    await waitFor(() => expect(seen).toEqual([]));
  });
});
