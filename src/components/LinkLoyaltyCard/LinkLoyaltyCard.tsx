'use client';
import { forwardRef, useId, useRef, useState, type FormEvent } from 'react';
import { useLinkLoyaltyCardToProfile } from '../../react/hooks/useLinkLoyaltyCardToProfile.js';
import type { LoyaltyCard } from '../../schemas/LoyaltyCard.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useMessages } from '../core/useMessages.js';
import { linkFailure } from './linkError.js';
import { defaultLinkLoyaltyCardMessages } from '../../messages/linkLoyaltyCard.js';

/** Props of {@link LinkLoyaltyCard}. */
export interface LinkLoyaltyCardProps extends StyleProps, RootProps<'section'> {
  /** The card-based loyalty program. Until it is known the form cannot be sent. */
  loyaltyProgramId?: number | undefined;
  /** The customer to link the card to. Until it is known the form cannot be sent. */
  integrationId?: string | undefined;
  /** Called with the card once it is linked. */
  onLinked?: (card: LoyaltyCard) => void;
  /** Level of the heading (2 by default); `false` for none (the region is then named by an `aria-label`). */
  headingLevel?: HeadingLevel;
  /** Replacements for any of the words. */
  messages?: MessagesProp<'linkLoyaltyCard'>;
}

/**
 * A form that links a loyalty card to the customer (`useLinkLoyaltyCardToProfile`): a labelled input for the card's
 * identifier and a submit button. The result is said in words: success in a polite live region; an empty input, an
 * unknown card (404), a card already shared by as many customers as the program allows (the card user limit, 400) or
 * any other failure in an alert linked to the input with `aria-describedby`.
 *
 * While the request runs the button is `aria-disabled` (so a keyboard user's focus stays on it) and a second submit
 * is ignored; the input is read-only. The root has `data-state="idle|pending|success|error"`. Linking marks the
 * card's and the customer's cached reads stale, so a {@link LoyaltyCardBalance} or inventory on the page refreshes.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <LinkLoyaltyCard loyaltyProgramId={2} integrationId={shopper.id} onLinked={(card) => track(card.identifier)} />
 */
export const LinkLoyaltyCard = forwardRef<HTMLElement, LinkLoyaltyCardProps>(function LinkLoyaltyCard(
  { loyaltyProgramId, integrationId, onLinked, headingLevel = 2, messages, className, unstyled, ...rest },
  ref,
) {
  const m = useMessages('linkLoyaltyCard', defaultLinkLoyaltyCardMessages, messages);
  const cls = classNames('link-loyalty-card', unstyled);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const link = useLinkLoyaltyCardToProfile();
  const ready = loyaltyProgramId !== undefined && !!integrationId;
  const pending = link.isPending;
  const card = link.variables?.loyaltyCardId ?? '';

  const error = missing ? m.required : link.error ? describe(linkFailure(link.error)) : undefined;
  function describe(failure: ReturnType<typeof linkFailure>): string {
    return failure === 'error' ? m.common.error : failure === 'invalidCard' ? m.invalidCard : m[failure](card);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || !ready) return;
    const loyaltyCardId = value.trim();
    if (!loyaltyCardId) {
      link.reset();
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    link.mutate(
      { loyaltyProgramId, loyaltyCardId, body: { integrationId } },
      {
        onSuccess: (linked) => {
          setValue('');
          onLinked?.(linked);
        },
      },
    );
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [m.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const state = pending ? 'pending' : error ? 'error' : link.isSuccess ? 'success' : 'idle';

  return (
    <Region
      ref={ref}
      cls={cls}
      className={className}
      state={state}
      title={m.title}
      headingLevel={headingLevel}
      rootProps={rest}
    >
      <form className={cls('form')} noValidate onSubmit={submit}>
        <label className={cls('label')} htmlFor={`${id}-input`}>
          {m.label}
        </label>
        {m.hint && (
          <p id={hintId} className={cls('hint')}>
            {m.hint}
          </p>
        )}
        <div className={cls('controls')}>
          <input
            ref={input}
            id={`${id}-input`}
            className={cls('input')}
            name="loyaltyCardId"
            autoComplete="off"
            spellCheck={false}
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            readOnly={pending}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setMissing(false);
              if (link.isError) link.reset();
            }}
          />
          <button
            type="submit"
            className={cls('submit')}
            aria-disabled={pending || !ready || undefined}
            data-state={pending ? 'pending' : 'idle'}
          >
            {pending ? m.submitting : m.submit}
          </button>
        </div>
        {error && (
          <p id={errorId} className={cls('error')} role="alert" data-status="error">
            {error}
          </p>
        )}
      </form>
      <p className={cls('announcement')} role="status" data-status={link.isSuccess ? 'success' : undefined}>
        {link.isSuccess ? m.linked(card) : ''}
      </p>
    </Region>
  );
});
