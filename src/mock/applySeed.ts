import type { SandboxContext } from './SandboxContext.js';
import type { SandboxSeed } from './SandboxSeed.js';
import type { LedgerEntryRecord } from './SandboxState.js';
import { ensureProfile } from './domain/profiles.js';
import { keys } from './keys.js';

function claim(context: SandboxContext, kind: string, id: number): number {
  const { sequences } = context.state;
  if (id > (sequences.get(kind) ?? 0)) sequences.set(kind, id);
  return id;
}

/** Loads a seed into an empty sandbox. Seeded IDs are kept; generated ones start above them. */
export function applySeed(context: SandboxContext, seed: SandboxSeed): void {
  const { state, now } = context;
  for (const campaign of seed.campaigns ?? []) state.campaigns.set(claim(context, 'campaign', campaign.id), campaign);
  for (const audience of seed.audiences ?? []) {
    state.audiences.set(claim(context, 'audience', audience.id), { ...audience, created: now });
  }
  for (const profile of seed.profiles ?? []) {
    const record = ensureProfile(context, profile.integrationId);
    state.profiles.set(profile.integrationId, {
      ...record,
      created: profile.created ?? record.created,
      attributes: profile.attributes ?? {},
      audiences: Object.fromEntries((profile.audiences ?? []).map((id) => [id, profile.created ?? now])),
    });
  }
  for (const coupon of seed.coupons ?? []) {
    for (const integrationId of coupon.reservedBy ?? []) ensureProfile(context, integrationId);
    state.coupons.set(coupon.value, {
      id: context.nextId('coupon'),
      created: coupon.created ?? now,
      campaignId: coupon.campaignId,
      value: coupon.value,
      usageLimit: coupon.usageLimit ?? 1,
      usageCounter: coupon.usageCounter ?? 0,
      ...(coupon.discountLimit === undefined ? {} : { discountLimit: coupon.discountLimit }),
      discountCounter: 0,
      ...(coupon.reservationLimit === undefined ? {} : { reservationLimit: coupon.reservationLimit }),
      ...(coupon.startDate === undefined ? {} : { startDate: coupon.startDate }),
      ...(coupon.expiryDate === undefined ? {} : { expiryDate: coupon.expiryDate }),
      isReservationMandatory: coupon.isReservationMandatory ?? false,
      implicitlyReserved: coupon.implicitlyReserved ?? false,
      ...(coupon.recipientIntegrationId === undefined ? {} : { recipientIntegrationId: coupon.recipientIntegrationId }),
      reservedBy: coupon.reservedBy ?? [],
      redemptions: {},
      disabled: coupon.disabled ?? false,
      attributes: coupon.attributes ?? {},
    });
  }
  for (const referral of seed.referrals ?? []) {
    ensureProfile(context, referral.advocateProfileIntegrationId);
    state.referrals.set(referral.code, {
      id: context.nextId('referral'),
      created: referral.created ?? now,
      campaignId: referral.campaignId,
      code: referral.code,
      advocateProfileIntegrationId: referral.advocateProfileIntegrationId,
      ...(referral.friendProfileIntegrationId === undefined
        ? {}
        : { friendProfileIntegrationId: referral.friendProfileIntegrationId }),
      usageLimit: referral.usageLimit ?? 1,
      usageCounter: referral.usageCounter ?? 0,
      ...(referral.startDate === undefined ? {} : { startDate: referral.startDate }),
      ...(referral.expiryDate === undefined ? {} : { expiryDate: referral.expiryDate }),
      attributes: referral.attributes ?? {},
      redemptions: {},
    });
  }
  for (const program of seed.loyaltyPrograms ?? []) {
    state.loyaltyPrograms.set(claim(context, 'loyaltyProgram', program.id), program);
  }
  for (const card of seed.loyaltyCards ?? []) {
    const created = card.created ?? now;
    for (const integrationId of card.profiles ?? []) ensureProfile(context, integrationId);
    state.loyaltyCards.set(keys.card(card.programId, card.identifier), {
      id: context.nextId('loyaltyCard'),
      created,
      programId: card.programId,
      identifier: card.identifier,
      status: card.status ?? 'active',
      ...(card.blockReason === undefined ? {} : { blockReason: card.blockReason }),
      profiles: (card.profiles ?? []).map((integrationId) => ({ integrationId, timestamp: created })),
    });
  }
  // Grouped first: appending to a ledger copies it (rows are immutable), and a seed may hold thousands of entries.
  const ledgers = new Map<string, LedgerEntryRecord[]>();
  for (const transaction of seed.loyaltyTransactions ?? []) {
    const created = transaction.created ?? now;
    const key =
      transaction.cardIdentifier === undefined
        ? keys.profileLedger(transaction.programId, transaction.integrationId ?? '')
        : keys.cardLedger(transaction.programId, transaction.cardIdentifier);
    if (transaction.integrationId !== undefined) {
      const profile = ensureProfile(context, transaction.integrationId);
      if (!(transaction.programId in profile.loyaltyPrograms)) {
        state.profiles.set(profile.integrationId, {
          ...profile,
          loyaltyPrograms: { ...profile.loyaltyPrograms, [transaction.programId]: created },
        });
      }
    }
    const entry: LedgerEntryRecord = {
      id: context.nextId('ledgerEntry'),
      created,
      programId: transaction.programId,
      subledgerId: transaction.subledgerId ?? '',
      amount: transaction.amount,
      name: transaction.name ?? (transaction.amount >= 0 ? 'Points added' : 'Points deducted'),
      transactionType: transaction.type ?? 'manual',
      startDate: transaction.startDate ?? created,
      expiryDate: transaction.expiryDate ?? 'unlimited',
      ...(transaction.customerSessionId === undefined ? {} : { customerSessionId: transaction.customerSessionId }),
      transactionUUID: context.uuid(),
    };
    const ledger = ledgers.get(key);
    if (ledger) ledger.push(entry);
    else ledgers.set(key, [entry]);
  }
  for (const [key, entries] of ledgers) state.ledgers.set(key, [...(state.ledgers.get(key) ?? []), ...entries]);
  for (const achievement of seed.achievements ?? []) {
    state.achievements.set(claim(context, 'achievement', achievement.id), { created: now, ...achievement });
  }
  for (const progress of seed.achievementProgress ?? []) {
    const achievement = state.achievements.get(progress.achievementId);
    ensureProfile(context, progress.integrationId);
    state.achievementProgress.set(keys.achievementProgress(progress.achievementId, progress.integrationId), [
      {
        progress: progress.progress,
        status: achievement && progress.progress >= achievement.target ? 'completed' : 'inprogress',
        startDate: progress.startDate ?? now,
        ...(achievement && progress.progress >= achievement.target ? { completionDate: now } : {}),
      },
    ]);
  }
  for (const catalog of seed.catalogs ?? []) {
    state.catalogs.set(claim(context, 'catalog', catalog.id), {
      id: catalog.id,
      created: now,
      modified: now,
      name: catalog.name,
      description: catalog.description ?? '',
      version: 1,
      items: new Map((catalog.items ?? []).map((item) => [item.sku, { ...item, id: context.nextId('catalogItem') }])),
    });
  }
}
