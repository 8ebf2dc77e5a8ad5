import type { SandboxCampaign } from './campaigns/SandboxCampaign.js';

/**
 * What a sandbox starts with: plain JSON data. Everything is optional; IDs you give are kept, and new entities get IDs
 * above the highest one seeded. Dates are RFC 3339.
 */
export interface SandboxSeed {
  /** The Application every session, event and campaign belongs to. Default 1. */
  applicationId?: number;
  /** Default 1. */
  accountId?: number;
  campaigns?: SandboxCampaign[];
  coupons?: SandboxCouponSeed[];
  referrals?: SandboxReferralSeed[];
  profiles?: SandboxProfileSeed[];
  audiences?: SandboxAudienceSeed[];
  loyaltyPrograms?: SandboxLoyaltyProgram[];
  loyaltyCards?: SandboxLoyaltyCardSeed[];
  /** Ledger history: what `manual` and `import` transactions (or past sessions) put on profiles and cards. */
  loyaltyTransactions?: SandboxLoyaltyTransactionSeed[];
  achievements?: SandboxAchievement[];
  /** Progress already made, as if `increaseAchievementProgress` had fired. */
  achievementProgress?: SandboxAchievementProgressSeed[];
  catalogs?: SandboxCatalogSeed[];
}

/** A coupon the sandbox starts with. */
export interface SandboxCouponSeed {
  value: string;
  campaignId: number;
  /** 0 means unlimited. Default 1. */
  usageLimit?: number;
  usageCounter?: number;
  discountLimit?: number;
  /** How many customers may reserve it; 0 means unlimited. */
  reservationLimit?: number;
  startDate?: string;
  expiryDate?: string;
  /** Only a profile that reserved it may redeem it (a hard reservation). */
  isReservationMandatory?: boolean;
  /** Visible to every customer: soft-reserved for all of them. */
  implicitlyReserved?: boolean;
  /** Only this profile may redeem it. */
  recipientIntegrationId?: string;
  /** Profiles that reserved it. */
  reservedBy?: string[];
  /** A disabled coupon cannot be redeemed and shows as `disabled`. */
  disabled?: boolean;
  attributes?: Record<string, unknown>;
  created?: string;
}

/** A referral code the sandbox starts with. */
export interface SandboxReferralSeed {
  code: string;
  campaignId: number;
  advocateProfileIntegrationId: string;
  friendProfileIntegrationId?: string;
  /** 0 means unlimited. Default 1. */
  usageLimit?: number;
  usageCounter?: number;
  startDate?: string;
  expiryDate?: string;
  attributes?: Record<string, unknown>;
  created?: string;
}

/** A customer profile the sandbox starts with (profiles are also created on first use). */
export interface SandboxProfileSeed {
  integrationId: string;
  attributes?: Record<string, unknown>;
  /** IDs of the audiences the profile is a member of. */
  audiences?: number[];
  created?: string;
}

/** An audience the sandbox starts with. */
export interface SandboxAudienceSeed {
  id: number;
  name: string;
  description?: string;
  integration?: string;
  integrationId?: string;
}

/** A loyalty program: profile-based unless `cardBased`. */
export interface SandboxLoyaltyProgram {
  id: number;
  name: string;
  title: string;
  description?: string;
  /** Card-based: points live on cards, not on profiles. */
  cardBased?: boolean;
  /** Subledger IDs besides the main ledger (whose ID is the empty string). */
  subledgers?: string[];
  /** Tiers by the active points needed to reach them. */
  tiers?: Array<{ id?: number; name: string; minPoints: number }>;
  /** Card-based only: how many profiles one card may be linked to. Default 1. */
  usersPerCardLimit?: number;
  /** Card-based only: the code format of generated card identifiers (`#` is a random character). */
  cardCodeFormat?: { pattern: string; validCharacters: string[] };
  /** Days or other ISO 8601 duration points stay pending by default. */
  defaultPending?: string;
  /** How long points stay valid by default. Default: forever. */
  defaultValidity?: string;
}

/** A loyalty card of a card-based program. */
export interface SandboxLoyaltyCardSeed {
  programId: number;
  identifier: string;
  /** Default `active`. */
  status?: 'active' | 'inactive';
  blockReason?: string;
  /** Integration IDs of the linked profiles. */
  profiles?: string[];
  created?: string;
}

/** One transaction of a ledger the sandbox starts with. */
export interface SandboxLoyaltyTransactionSeed {
  programId: number;
  /** The profile (profile-based programs) or ... */
  integrationId?: string;
  /** ... the card (card-based programs) the points belong to. */
  cardIdentifier?: string;
  /** Positive adds points, negative deducts them. */
  amount: number;
  subledgerId?: string;
  name?: string;
  /** Default `manual`. */
  type?: 'manual' | 'import' | 'session';
  customerSessionId?: string;
  created?: string;
  /** When the points become active. Default: `created`. */
  startDate?: string;
  /** When the points expire. Default: never. */
  expiryDate?: string;
}

/** An achievement: progress towards `target`, per period, fed by `increaseAchievementProgress` effects. */
export interface SandboxAchievement {
  id: number;
  campaignId: number;
  name: string;
  title: string;
  description: string;
  target: number;
  /** ISO 8601 duration of one period, such as `P1M`; progress resets when it ends. */
  period?: string;
  recurrencePolicy?: 'no_recurrence' | 'on_expiration' | 'on_completion';
  activationPolicy?: 'user_action' | 'fixed_schedule';
  fixedStartDate?: string;
  endDate?: string;
  created?: string;
}

/** Progress a profile has already made in an achievement. */
export interface SandboxAchievementProgressSeed {
  achievementId: number;
  integrationId: string;
  progress: number;
  startDate?: string;
}

/** A cart item catalog. */
export interface SandboxCatalogSeed {
  id: number;
  name: string;
  description?: string;
  items?: SandboxCatalogItem[];
}

/** An item of a catalog. */
export interface SandboxCatalogItem {
  sku: string;
  price?: number;
  attributes?: Record<string, unknown>;
  product?: { name: string };
}
