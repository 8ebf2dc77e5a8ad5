// CouponCodeForm against the demo sandbox: WELCOME10 is valid for everybody, EXPIRED10 expired, USEDUP10 used up,
// SOON10 not valid yet.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRef } from 'react';
import { CouponCodeForm } from '../../src/components/CouponCodeForm/CouponCodeForm.js';
import { demo, type TalonSandbox } from '../../src/mock/index.js';
import { createDemoSandbox, renderWithSandbox, server, url } from './render.js';

const ada = demo.profiles.ada;
const cartId = 'cart-form';
const sessionPath = url('/v2/customer_sessions/:customerSessionId');
const { valid, expired, exhausted, pending } = demo.coupons;

function withCart(couponCodes: string[] = []): TalonSandbox {
  const sandbox = createDemoSandbox();
  sandbox.call('updateCustomerSessionV2', {
    customerSessionId: cartId,
    body: { customerSession: { profileId: ada, cartItems: [{ sku: 'HOODIE', quantity: 1 }], couponCodes } },
  });
  return sandbox;
}

const session = (sandbox: TalonSandbox, id = cartId) => sandbox.call('getCustomerSession', { customerSessionId: id });
const field = () => screen.getByRole('textbox', { name: 'Coupon code' });
const codesList = () => screen.getByRole('list', { name: 'Codes in your cart' });

/** The live region that says `text`. */
async function findNotice(text: string | RegExp): Promise<HTMLElement> {
  const found = await screen.findByText(text);
  const status = found.closest<HTMLElement>('[role="status"]');
  if (!status) throw new Error(`"${found.textContent}" is not in a live region`);
  return status;
}

describe('CouponCodeForm', () => {
  it('applies a code with the keyboard only, announces it, lists it and keeps the focus in the field', async () => {
    const sandbox = withCart();
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox });
    const root = document.querySelector('[data-state]');
    expect(root).toHaveAttribute('data-state', 'loading');
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'empty'));

    await user.tab();
    expect(field()).toHaveFocus();
    await user.keyboard(`${valid}{Enter}`);
    const notice = await findNotice(`${valid} was applied to your cart.`);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveAttribute('data-status', 'accepted');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('');
    expect(session(sandbox).customerSession?.couponCodes).toEqual([valid]);
    expect(root).toHaveAttribute('data-state', 'ready');
    const item = within(codesList()).getByText(valid).closest('li');
    expect(item).toHaveAttribute('data-status', 'accepted');
    expect(item).toHaveTextContent('Applied');
  });

  it('applies with the button too, and is disabled while the write runs', async () => {
    const sandbox = withCart();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.put(sessionPath, async () => {
        await gate;
        return undefined; // on to the sandbox
      }),
    );
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox });
    const submit = await screen.findByRole('button', { name: 'Apply' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.type(field(), valid);
    await user.click(submit);
    const busy = await screen.findByRole('button', { name: 'Applying…' });
    expect(busy).toBeDisabled();
    expect(field()).toHaveAttribute('readonly');
    release();
    expect(await screen.findByText(`${valid} was applied to your cart.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled();
    expect(field()).toHaveFocus();
    expect(field()).not.toHaveAttribute('readonly');
  });

  it.each([
    [expired, 'This code has expired.'],
    [exhausted, 'This code has been used up.'],
    [pending, 'This code is not valid yet.'],
    ['NO-SUCH-CODE', 'This code does not exist.'],
  ])('says why %s was rejected, in words', async (code, reason) => {
    const sandbox = withCart();
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.type(field(), `${code}{Enter}`);
    const notice = await findNotice(`${code} was not applied. ${reason}`);
    expect(notice).toHaveAttribute('data-status', 'rejected');
    // The code stays in the field to correct, and in the cart, marked as not applied, to remove.
    expect(field()).toHaveValue(code);
    expect(field()).toHaveFocus();
    const item = within(codesList()).getByText(code).closest('li');
    expect(item).toHaveAttribute('data-status', 'rejected');
    expect(item).toHaveTextContent(`Not applied: ${reason}`);
  });

  it('announces the same result again when the same code is applied twice', async () => {
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox: withCart() });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.type(field(), `${expired}{Enter}`);
    const first = await screen.findByText(`${expired} was not applied. This code has expired.`);
    await user.keyboard('{Enter}');
    // A new element with the same words, so that screen readers say them again.
    await waitFor(() => expect(screen.getByText(`${expired} was not applied. This code has expired.`)).not.toBe(first));
    expect(first).not.toBeInTheDocument();
  });

  it('refuses an empty code with a message tied to the field, sending nothing', async () => {
    const sandbox = withCart();
    const writes: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') writes.push(request.url);
    });
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.type(field(), '   {Enter}');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription('Enter a coupon code.');
    expect(field()).toHaveFocus();
    expect(writes).toEqual([]);
    await user.type(field(), 'W');
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).not.toHaveAccessibleDescription();
    server.events.removeAllListeners('request:start');
  });

  it('removes codes with the keyboard, moving the focus to the next code, then back to the field', async () => {
    const sandbox = withCart([valid, expired, exhausted]);
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox });
    const first = await screen.findByRole('button', { name: `Remove code ${valid}` });
    await user.tab(); // field
    await user.tab(); // Apply
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`${valid} was removed from your cart.`)).toBeInTheDocument();
    expect(session(sandbox).customerSession?.couponCodes).toEqual([expired, exhausted]);
    expect(screen.getByRole('button', { name: `Remove code ${expired}` })).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('button', { name: `Remove code ${exhausted}` })).toHaveFocus();
    await user.keyboard(' ');
    await screen.findByText(`${exhausted} was removed from your cart.`);
    // The last code's removal sends the focus to the previous one.
    expect(screen.getByRole('button', { name: `Remove code ${expired}` })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(`${expired} was removed from your cart.`);
    expect(field()).toHaveFocus();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(session(sandbox).customerSession?.couponCodes).toEqual([]);
  });

  it('creates the session with the customer as its profile when it does not exist yet', async () => {
    const sandbox = createDemoSandbox();
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId="brand-new" integrationId={ada} />, {
      sandbox,
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.type(field(), `${demo.coupons.reserved}{Enter}`);
    expect(await screen.findByText(`${demo.coupons.reserved} was applied to your cart.`)).toBeInTheDocument();
    expect(session(sandbox, 'brand-new').customerSession).toMatchObject({
      profileId: ada,
      couponCodes: [demo.coupons.reserved],
    });
  });

  it('shows an error with a retry when the session cannot be read (500), and recovers', async () => {
    server.use(http.get(sessionPath, () => HttpResponse.json({ message: 'down' }, { status: 500 }), { once: true }));
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox: withCart([valid]) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(document.querySelector('[data-state]')).toHaveAttribute('data-state', 'error');
    // Writing now would replace codes the form does not know.
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: `Remove code ${valid}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled();
  });

  it('announces a failed write: a 500, and an answer that does not fit the schema', async () => {
    const sandbox = withCart();
    server.use(http.put(sessionPath, () => HttpResponse.json({ message: 'down' }, { status: 500 }), { once: true }));
    const { user } = renderWithSandbox(<CouponCodeForm customerSessionId={cartId} />, { sandbox });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    await user.type(field(), `${valid}{Enter}`);
    const notice = await findNotice(`${valid} could not be changed in your cart. Please try again.`);
    expect(notice).toHaveAttribute('data-status', 'failed');
    expect(field()).toHaveValue(valid);
    expect(session(sandbox).customerSession?.couponCodes).toEqual([]);

    server.use(http.put(sessionPath, () => HttpResponse.json({ effects: 'none' }), { once: true }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled());
    expect(screen.getByRole('status')).toHaveTextContent(`${valid} could not be changed in your cart.`);
  });

  it('takes its words from the messages prop over the provider over the defaults', async () => {
    renderWithSandbox(<CouponCodeForm customerSessionId={cartId} messages={{ submit: 'Einlösen' }} />, {
      sandbox: withCart([expired]),
      messages: {
        couponCodeForm: { label: 'Gutscheincode', submit: 'Anwenden' },
        common: { couponRejection: (reason) => `Grund: ${reason}` },
      },
    });
    expect(await screen.findByText('Not applied: Grund: CouponExpired')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Gutscheincode' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Einlösen' })).toBeInTheDocument();
  });

  it('forwards its ref to the root, adds className, and leaves out its classes when unstyled', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithSandbox(
      <CouponCodeForm ref={ref} customerSessionId={cartId} unstyled className="my-form" />,
      { sandbox: withCart([valid]) },
    );
    await screen.findByText(valid);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('class', 'my-form');
    expect(container.querySelector('[class*="talon"]')).toBeNull();
  });

  it('renders codes with renderCode and headings at the level given', async () => {
    const sandbox = withCart([valid, expired]);
    const { user } = renderWithSandbox(
      <CouponCodeForm
        customerSessionId={cartId}
        headingLevel={2}
        renderCode={(code, { statusText, remove, removeButtonRef }) => (
          <>
            <b>{code}</b> <i>{statusText}</i>
            <button type="button" ref={removeButtonRef} onClick={remove}>{`drop ${code}`}</button>
          </>
        )}
      />,
      { sandbox },
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Codes in your cart' })).toBeInTheDocument();
    expect(screen.getByText('Not applied: This code has expired.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `drop ${valid}` }));
    await screen.findByText(`${valid} was removed from your cart.`);
    expect(screen.getByRole('button', { name: `drop ${expired}` })).toHaveFocus();
  });
});
