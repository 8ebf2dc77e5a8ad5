import { plural } from './plural.js';
/** The words of {@link LoyaltyCardBalance}. Strings with values are functions of the already formatted values. */
export interface LoyaltyCardBalanceMessages {
  /** The heading, and the region's name: "Loyalty card DEMO-CARD-0001". */
  title: (cardIdentifier: string) => string;
  /** Said when Talon.One does not know the card (404). */
  notFound: string;
  /** The label of the card's status. */
  statusLabel: string;
  /** The card's status in words: `active`, `inactive`, `blocked` (an inactive card with a block reason), or any other. */
  status: (status: string) => string;
  /** Why the card was blocked, after its status. */
  blockReason: (reason: string) => string;
  activePoints: string;
  pendingPoints: string;
  spentPoints: string;
  expiredPoints: string;
  /** Points owed: shown only when there are some. */
  negativePoints: string;
  /** The caption of the subledgers' table. */
  subledgers: string;
  /** The header of the subledgers' first column. */
  subledger: string;
  /** The heading of the linked customers. */
  profiles: string;
  /** How many customers share the card, when its limit is known: "2 of 2 customers" (limit "" means unlimited);
   * `n` is the number the noun follows, for plurals: the limit if there is one, else the count.
   */
  profileCount: (count: string, limit: string, n: number) => string;
  /** Said when nobody is linked to the card. */
  noProfiles: string;
  /** One linked customer: their integration ID and when they were linked. */
  profile: (integrationId: string, linkedOn: string) => string;
}

const statuses: Record<string, string> = { active: 'Active', inactive: 'Inactive', blocked: 'Blocked' };

export const defaultLoyaltyCardBalanceMessages: LoyaltyCardBalanceMessages = {
  title: (card) => `Loyalty card ${card}`,
  notFound: 'This loyalty card does not exist.',
  statusLabel: 'Status',
  status: (status) => statuses[status] ?? status,
  blockReason: (reason) => `(${reason})`,
  activePoints: 'Available points',
  pendingPoints: 'Pending points',
  spentPoints: 'Spent points',
  expiredPoints: 'Expired points',
  negativePoints: 'Points owed',
  subledgers: 'Points by subledger',
  subledger: 'Subledger',
  profiles: 'Customers linked to this card',
  profileCount: (count, limit, n) => {
    const customers = plural('en', n, { one: 'customer', other: 'customers' });
    return limit ? `${count} of ${limit} ${customers}` : `${count} ${customers}`;
  },
  noProfiles: 'No customer is linked to this card yet.',
  profile: (integrationId, linkedOn) => `${integrationId}, linked on ${linkedOn}`,
};
