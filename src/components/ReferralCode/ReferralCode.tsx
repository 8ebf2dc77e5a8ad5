'use client';
import { skipToken } from '@tanstack/react-query';
import { forwardRef, useEffect, useId, useRef } from 'react';
import { useCreateReferral } from '../../react/hooks/useCreateReferral.js';
import { useCustomerInventory } from '../../react/hooks/useCustomerInventory.js';
import { queryState } from '../../react/core/queryState.js';
import { Region } from '../core/Region.js';
import { shopperInventoryInput } from '../core/shopperInventory.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useFormat } from '../../react/format/useFormat.js';
import { useMessages } from '../core/useMessages.js';
import { CreateReferral } from './CreateReferral.js';
import { defaultReferralCodeMessages } from '../../messages/referralCode.js';
import { isUsable, pickReferral } from './pickReferral.js';
import { ReferralDetails } from './ReferralDetails.js';

/** Props of {@link ReferralCode}. */
export interface ReferralCodeProps extends StyleProps, RootProps<'section'> {
  /**
   * The advocate's customer profile integration ID. While it is `undefined`, nothing is requested (loading state).
   * The inventory is read with coupons and referrals, as `CouponWallet` reads it: one request for both.
   */
  integrationId?: string | undefined;
  /** The referral campaign whose code to show or create. While it is `undefined`, nothing is requested (loading). */
  campaignId?: number | undefined;
  /** Shared along with the text (the Web Share API's `url`), such as your shop's sign-up page. */
  shareUrl?: string;
  /** The level of the component's heading (`messages.title`), or `false` for none. Default 2. */
  headingLevel?: HeadingLevel;
  /** Replacements for any of the component's words. */
  messages?: MessagesProp<'referralCode'>;
}

/**
 * The advocate's referral code for a campaign (from `useCustomerInventory` with `referrals`), with a copy button and a
 * share button (Web Share API, only where the browser has it); without a usable code, a "Create my code" button
 * (`useCreateReferral`) that shows the new code at once and moves focus to its copy button. The root has `data-state`
 * (`loading`, `error`, `empty`: no code yet, `ready`) and takes a `ref`.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <ReferralCode integrationId={shopper.id} campaignId={3} shareUrl="https://shop.example/welcome" />
 */
export const ReferralCode = forwardRef<HTMLElement, ReferralCodeProps>(function ReferralCode(
  { integrationId, campaignId, shareUrl, headingLevel = 2, messages, className, unstyled, ...rest },
  ref,
) {
  const m = useMessages('referralCode', defaultReferralCodeMessages, messages);
  const format = useFormat();
  const cls = classNames('referral-code', unstyled);
  const id = useId();
  const inventory = useCustomerInventory(
    integrationId && campaignId !== undefined ? shopperInventoryInput(integrationId) : skipToken,
  );
  const creation = useCreateReferral();
  const copyRef = useRef<HTMLButtonElement>(null);
  const focusCopy = useRef(false);

  // An advocate without a profile yet has no inventory (404): Talon.One creates the profile with the first code.
  const { notFound: noProfile, failed, refreshFailed } = queryState(inventory);
  const fromInventory = pickReferral(
    campaignId === undefined ? undefined : inventory.data?.referrals,
    campaignId ?? 0,
    integrationId ?? '',
    inventory.dataUpdatedAt || inventory.errorUpdatedAt,
  );
  const created = creation.data;
  // The new code shows at once; the inventory, marked stale by the hook, brings it too once it has been read again.
  const justCreated =
    created &&
    created.campaignId === campaignId &&
    created.advocateProfileIntegrationId === integrationId &&
    isUsable(created, creation.submittedAt)
      ? created
      : undefined;
  const referral = fromInventory ?? justCreated;
  const state = referral ? 'ready' : inventory.data || noProfile ? 'empty' : failed ? 'error' : 'loading';

  useEffect(() => {
    if (!focusCopy.current || !referral) return;
    focusCopy.current = false;
    copyRef.current?.focus();
  }, [referral]);

  const create = () => {
    if (!integrationId || campaignId === undefined) return;
    creation.mutate(
      { body: { campaignId, advocateProfileIntegrationId: integrationId } },
      {
        onSuccess: () => {
          focusCopy.current = true;
        },
      },
    );
  };

  return (
    <Region
      ref={ref}
      cls={cls}
      className={className}
      state={state}
      title={m.title}
      headingLevel={headingLevel}
      common={m.common}
      onRetry={() => void inventory.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
      before={m.description && <p className={cls('description')}>{m.description}</p>}
      after={
        <p className={cls('announcement')} role="status">
          {justCreated && referral ? m.created(referral.code) : ''}
        </p>
      }
    >
      {referral ? (
        <ReferralDetails
          referral={referral}
          shareUrl={shareUrl}
          messages={m}
          format={format}
          cls={cls}
          copyRef={copyRef}
        />
      ) : (
        <CreateReferral
          onCreate={create}
          pending={creation.isPending}
          failed={creation.isError}
          errorId={`${id}-error`}
          messages={m}
          cls={cls}
        />
      )}
    </Region>
  );
});
