import type { AdditionalCost } from '../schemas/AdditionalCost.js';
import type { CartItem } from '../schemas/CartItem.js';
import type { Effect } from '../schemas/Effect.js';
import type { Return } from '../schemas/Return.js';
import type { SandboxCampaign } from './campaigns/SandboxCampaign.js';
import type {
  SandboxAchievement,
  SandboxAudienceSeed,
  SandboxCatalogItem,
  SandboxLoyaltyProgram,
} from './SandboxSeed.js';
import { Journal } from './store/Journal.js';
import { Table } from './store/Table.js';

type Json = Readonly<Record<string, unknown>>;

export interface ProfileRecord {
  readonly id: number;
  readonly integrationId: string;
  readonly created: string;
  readonly attributes: Json;
  readonly closedSessions: number;
  readonly totalSales: number;
  readonly lastActivity: string;
  /** Audience ID -> when the profile joined. */
  readonly audiences: Readonly<Record<number, string>>;
  /** Loyalty program ID -> when the profile joined. */
  readonly loyaltyPrograms: Readonly<Record<number, string>>;
}

export interface SessionRecord {
  readonly id: number;
  readonly integrationId: string;
  readonly created: string;
  readonly updated: string;
  readonly profileId: string;
  readonly storeIntegrationId?: string;
  readonly evaluableCampaignIds?: readonly number[];
  readonly state: 'open' | 'closed' | 'partially_returned' | 'cancelled';
  readonly couponCodes: readonly string[];
  readonly referralCode?: string;
  readonly loyaltyCards: readonly string[];
  readonly cartItems: readonly CartItem[];
  readonly additionalCosts: Readonly<Record<string, AdditionalCost>>;
  readonly identifiers: readonly string[];
  readonly attributes: Json;
  readonly firstSession: boolean;
  /** The effects of the last evaluation. */
  readonly effects: readonly Effect[];
  /** What closing committed, so cancelling, returning and reopening can roll it back. */
  readonly commits: readonly Commit[];
  readonly returns: readonly Return[];
}

/** How the points of an `addLoyaltyPoints` effect were worked out: what a return of cart items takes back. */
export type PointsBasis = 'item' | 'subtotal' | 'fixed';

/**
 * One side effect committed by closing a session or tracking an event, with the effect that caused it: enough to undo
 * it. `effectIndex` is the effect's place in the session's `effects` (-1 once a re-evaluation no longer yields it).
 */
export type Commit = { readonly effect: Effect } & (
  | {
      readonly kind: 'couponRedeemed';
      readonly couponValue: string;
      readonly profileId: string;
      readonly effectIndex?: number;
    }
  | {
      readonly kind: 'referralRedeemed';
      readonly code: string;
      readonly friendProfileId: string;
      readonly effectIndex?: number;
    }
  | { readonly kind: 'discount'; readonly effectIndex: number }
  | {
      readonly kind: 'pointsAdded';
      readonly effectIndex: number;
      readonly ledgerKey: string;
      readonly entryId: number;
      readonly transactionUUID: string;
      readonly basis: PointsBasis;
    }
  | {
      readonly kind: 'pointsDeducted';
      readonly effectIndex: number;
      readonly ledgerKey: string;
      readonly entryId: number;
      readonly transactionUUID: string;
    }
  | {
      readonly kind: 'achievementProgress';
      readonly effectIndex: number;
      readonly achievementId: number;
      readonly integrationId: string;
      readonly delta: number;
    }
  /** Kept by every rollback: free items, created codes, reservations, custom effects, audiences. */
  | { readonly kind: 'kept'; readonly effectIndex: number }
);

export interface CouponRecord {
  readonly id: number;
  readonly created: string;
  readonly campaignId: number;
  readonly value: string;
  readonly usageLimit: number;
  readonly usageCounter: number;
  readonly discountLimit?: number;
  readonly discountCounter: number;
  readonly reservationLimit?: number;
  readonly startDate?: string;
  readonly expiryDate?: string;
  readonly isReservationMandatory: boolean;
  readonly implicitlyReserved: boolean;
  readonly recipientIntegrationId?: string;
  /** Integration IDs of the profiles that reserved it. */
  readonly reservedBy: readonly string[];
  /** Integration ID -> how many times that profile redeemed it. */
  readonly redemptions: Readonly<Record<string, number>>;
  readonly disabled: boolean;
  readonly attributes: Json;
  readonly referralId?: number;
}

export interface ReferralRecord {
  readonly id: number;
  readonly created: string;
  readonly campaignId: number;
  readonly code: string;
  readonly advocateProfileIntegrationId: string;
  readonly friendProfileIntegrationId?: string;
  readonly usageLimit: number;
  readonly usageCounter: number;
  readonly startDate?: string;
  readonly expiryDate?: string;
  readonly attributes: Json;
  readonly batchId?: string;
  /** Integration ID of a friend -> how many times that friend redeemed it. */
  readonly redemptions: Readonly<Record<string, number>>;
}

export interface LoyaltyCardRecord {
  readonly id: number;
  readonly created: string;
  readonly modified?: string;
  readonly programId: number;
  readonly identifier: string;
  readonly status: 'active' | 'inactive';
  readonly blockReason?: string;
  readonly profiles: ReadonlyArray<{ readonly integrationId: string; readonly timestamp: string }>;
  readonly batchId?: string;
}

/** One ledger transaction: an addition (amount > 0) or a subtraction (amount < 0). */
export interface LedgerEntryRecord {
  readonly id: number;
  readonly created: string;
  readonly programId: number;
  readonly subledgerId: string;
  readonly amount: number;
  readonly name: string;
  readonly transactionType: 'session' | 'manual' | 'import';
  /** RFC 3339; additions only. Equal to `created` unless the points were pending. */
  readonly startDate: string;
  /** RFC 3339 or `unlimited`. */
  readonly expiryDate: string;
  readonly customerSessionId?: string;
  readonly transactionUUID: string;
  readonly rulesetId?: number;
  readonly ruleName?: string;
  /** The entry this one rolls back (Talon.One's `LedgerEntry.referenceId`). */
  readonly referenceId?: number;
}

export interface AchievementProgressRecord {
  readonly progress: number;
  readonly status: 'inprogress' | 'completed' | 'expired';
  readonly startDate: string;
  readonly endDate?: string;
  readonly completionDate?: string;
}

export interface EventRecord {
  readonly id: number;
  readonly created: string;
  readonly type: string;
  readonly profileId?: string;
  readonly sessionId?: string;
  readonly storeIntegrationId?: string;
  readonly attributes: Json;
  readonly effects: readonly Effect[];
}

export interface CatalogRecord {
  readonly id: number;
  readonly created: string;
  readonly modified: string;
  readonly name: string;
  readonly description: string;
  readonly version: number;
  /** SKU -> item. Replaced as a whole by each sync. */
  readonly items: ReadonlyMap<string, SandboxCatalogItem & { readonly id: number }>;
}

export type AudienceRecord = SandboxAudienceSeed & { readonly created: string; readonly lastUpdate?: string };

/** Everything the sandbox holds. All changes go through the journaled tables. */
export interface SandboxState {
  readonly journal: Journal;
  readonly applicationId: number;
  readonly accountId: number;
  readonly campaigns: Table<number, SandboxCampaign>;
  readonly profiles: Table<string, ProfileRecord>;
  readonly sessions: Table<string, SessionRecord>;
  /** Integration ID of a profile -> integration IDs of its sessions, oldest first. */
  readonly sessionsByProfile: Table<string, readonly string[]>;
  /** By coupon value. */
  readonly coupons: Table<string, CouponRecord>;
  /** By referral code. */
  readonly referrals: Table<string, ReferralRecord>;
  readonly audiences: Table<number, AudienceRecord>;
  readonly loyaltyPrograms: Table<number, SandboxLoyaltyProgram>;
  /** By `${programId}/${identifier}`. */
  readonly loyaltyCards: Table<string, LoyaltyCardRecord>;
  /** By ledger key: `profile/${programId}/${integrationId}` or `card/${programId}/${identifier}`. */
  readonly ledgers: Table<string, readonly LedgerEntryRecord[]>;
  readonly achievements: Table<number, SandboxAchievement>;
  /** By `${achievementId}/${integrationId}`: the history of periods, the last one current. */
  readonly achievementProgress: Table<string, readonly AchievementProgressRecord[]>;
  readonly events: Table<number, EventRecord>;
  readonly catalogs: Table<number, CatalogRecord>;
  /** The last ID given out, per kind of entity. */
  readonly sequences: Table<string, number>;
}

export function createState(applicationId: number, accountId: number): SandboxState {
  const journal = new Journal();
  const table = <K, V>() => new Table<K, V>(journal);
  return {
    journal,
    applicationId,
    accountId,
    campaigns: table(),
    profiles: table(),
    sessions: table(),
    sessionsByProfile: table(),
    coupons: table(),
    referrals: table(),
    audiences: table(),
    loyaltyPrograms: table(),
    loyaltyCards: table(),
    ledgers: table(),
    achievements: table(),
    achievementProgress: table(),
    events: table(),
    catalogs: table(),
    sequences: table(),
  };
}
