// The nine components with IDs that make each of them read, for the tests that cover every component.
import { fireEvent, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import {
  AchievementProgress,
  CartPromotions,
  CouponCodeForm,
  CouponWallet,
  LinkLoyaltyCard,
  LoyaltyBalance,
  LoyaltyCardBalance,
  LoyaltyHistory,
  ReferralCode,
} from '../../src/components/index.js';
import { demo } from '../../src/mock/index.js';

/** One component of the table. */
interface Case {
  name: string;
  // Each component's own props differ; the table holds them as the loose record a storefront would spread.
  Component: ComponentType<Record<string, unknown>>;
  root: 'SECTION' | 'DIV';
  ids: Record<string, unknown>;
  /** Sends the component's first request once its IDs are known; by default, mounting does. */
  trigger?: () => void;
}

const cast = (component: unknown) => component as ComponentType<Record<string, unknown>>;
const ada = demo.profiles.ada;
const submitCard = () => {
  fireEvent.change(screen.getByRole('textbox', { name: 'Loyalty card number' }), {
    target: { value: demo.loyaltyCards.unlinked },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Link card' }));
};

/** Every component, with IDs that make it read (or, for LinkLoyaltyCard, write on submit). */
export const cases: Case[] = [
  { name: 'AchievementProgress', Component: cast(AchievementProgress), root: 'SECTION', ids: { integrationId: ada } },
  { name: 'CartPromotions', Component: cast(CartPromotions), root: 'SECTION', ids: { customerSessionId: 'cart-1' } },
  { name: 'CouponCodeForm', Component: cast(CouponCodeForm), root: 'DIV', ids: { customerSessionId: 'cart-1' } },
  { name: 'CouponWallet', Component: cast(CouponWallet), root: 'SECTION', ids: { integrationId: ada } },
  {
    name: 'LinkLoyaltyCard',
    Component: cast(LinkLoyaltyCard),
    root: 'SECTION',
    ids: { loyaltyProgramId: demo.loyaltyPrograms.cards, integrationId: ada },
    trigger: submitCard,
  },
  {
    name: 'LoyaltyBalance',
    Component: cast(LoyaltyBalance),
    root: 'SECTION',
    ids: { loyaltyProgramId: demo.loyaltyPrograms.points, integrationId: ada },
  },
  {
    name: 'LoyaltyCardBalance',
    Component: cast(LoyaltyCardBalance),
    root: 'SECTION',
    ids: { loyaltyProgramId: demo.loyaltyPrograms.cards, loyaltyCardId: demo.loyaltyCards.linked, integrationId: ada },
  },
  {
    name: 'LoyaltyHistory',
    Component: cast(LoyaltyHistory),
    root: 'SECTION',
    ids: { loyaltyProgramId: demo.loyaltyPrograms.points, integrationId: ada },
  },
  {
    name: 'ReferralCode',
    Component: cast(ReferralCode),
    root: 'SECTION',
    ids: { integrationId: ada, campaignId: demo.campaigns.referrals },
  },
];
