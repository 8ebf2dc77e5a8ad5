import type { CartItem } from '../../schemas/CartItem.js';
import type { Effect } from '../../schemas/Effect.js';
import type { EffectBase } from '../../schemas/EffectBase.js';
import type { EffectPropsByType } from '../../schemas/effects/effectPropsSchemas.js';
import { previewProgress } from '../domain/achievements.js';
import { couponReservationLimitReached } from '../domain/coupons.js';
import type { PointsOwner } from '../domain/loyalty.js';
import { keys } from '../keys.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { ProfileRecord } from '../SandboxState.js';
import { lineTotal, matchesItem, roundMoney } from './cart.js';
import { dateAfter, itemName, makeEffect, pointsKey } from './effectShapes.js';
import type { PointsBasis } from '../SandboxState.js';
import type { EvaluationOptions, EvaluationSubject, Intent, PointsIntent, Step } from './Evaluation.js';
import type { SandboxCampaign, SandboxEffect, SandboxRule } from './SandboxCampaign.js';

/**
 * Turns the effects of rules that fired into Talon.One effects, in order, each with the side effect it stands for.
 * Keeps what discounts have left of each line and of the cart, so discounts never exceed the price.
 */
export class EffectWriter {
  readonly steps: Step[] = [];
  readonly lineTotals: number[];
  readonly subtotal: number;
  readonly itemCount: number;
  /** What is left to discount, per line and in all. */
  lineRemaining: number[] | undefined;
  sessionRemaining: number;
  /** Transaction UUIDs of the last evaluation's points effects, by campaign, rule, type and position. */
  uuids: Map<string, string[]> | undefined;

  constructor(
    readonly context: SandboxContext,
    readonly subject: EvaluationSubject,
    readonly options: EvaluationOptions,
    readonly profile: ProfileRecord | undefined,
  ) {
    const items = subject.cartItems;
    this.lineTotals = new Array<number>(items.length);
    let subtotal = 0;
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as CartItem;
      const total = lineTotal(item);
      this.lineTotals[i] = total;
      subtotal += total;
      count += item.quantity;
    }
    this.subtotal = roundMoney(subtotal);
    this.itemCount = count;
    this.sessionRemaining = this.subtotal;
  }

  /** The transaction UUID of a points effect: the one it had in the last evaluation, else a new one. */
  transactionUUID(base: EffectBase, effectType: string, position: number | undefined): string {
    const previous = this.options.previousEffects;
    if (previous && previous.length > 0 && this.uuids === undefined) {
      this.uuids = new Map();
      for (const effect of previous) {
        if (effect.effectType !== 'addLoyaltyPoints' && effect.effectType !== 'deductLoyaltyPoints') continue;
        const props = effect.props as { transactionUUID?: unknown; cartItemPosition?: number };
        if (typeof props.transactionUUID !== 'string') continue;
        const key = pointsKey(effect.campaignId, effect.ruleIndex, effect.effectType, props.cartItemPosition);
        const list = this.uuids.get(key);
        if (list) list.push(props.transactionUUID);
        else this.uuids.set(key, [props.transactionUUID]);
      }
    }
    const reused = this.uuids?.get(pointsKey(base.campaignId, base.ruleIndex, effectType, position))?.shift();
    return reused ?? this.context.uuid();
  }

  /** Appends an effect (or, for a code still to create, only its intent). */
  push(effect: Effect | undefined, intent: Intent | undefined): void {
    this.steps.push({ effect, intent });
  }

  /** The loyalty program and whose points: the profile's, or the session's card in a card-based program. */
  pointsOwner(programId: number): { owner: PointsOwner; cardIdentifier?: string; programName: string } | undefined {
    const { state } = this.context;
    const program = state.loyaltyPrograms.get(programId);
    if (!program) return undefined;
    if (program.cardBased) {
      const card = this.subject.loyaltyCards[0];
      if (card === undefined || !state.loyaltyCards.has(keys.card(programId, card))) return undefined;
      return { owner: { cardIdentifier: card }, cardIdentifier: card, programName: program.name };
    }
    if (this.subject.profileId === '') return undefined;
    return { owner: { integrationId: this.subject.profileId }, programName: program.name };
  }

  knownSubledger(programId: number, subledgerId: string): boolean {
    if (subledgerId === '') return true;
    return this.context.state.loyaltyPrograms.get(programId)?.subledgers?.includes(subledgerId) ?? false;
  }

  /** Discounts `desired` off line `position` (or the session when undefined), never more than what is left. */
  discount(desired: number, position: number | undefined): number {
    let available = this.sessionRemaining;
    if (position !== undefined) {
      this.lineRemaining ??= this.lineTotals.slice();
      available = Math.min(available, this.lineRemaining[position] ?? 0);
    }
    const value = roundMoney(Math.max(0, Math.min(desired, available)));
    this.sessionRemaining = roundMoney(this.sessionRemaining - value);
    if (position !== undefined && this.lineRemaining) {
      this.lineRemaining[position] = roundMoney((this.lineRemaining[position] ?? 0) - value);
    }
    return value;
  }

  pushDiscount(
    base: EffectBase,
    effect: SandboxEffect,
    name: string,
    desired: number,
    position: number | undefined,
  ): void {
    desired = roundMoney(desired);
    const value = this.discount(desired, position);
    if (value <= 0) return;
    if (position === undefined) {
      const props: EffectPropsByType['setDiscount'] = { name, value, scope: 'cartItems' };
      if (value < desired) props.desiredValue = desired;
      this.push(makeEffect(base, 'setDiscount', props), { kind: 'discount' });
    } else {
      const props: EffectPropsByType['setDiscountPerItem'] = {
        name: itemName(effect, name, position),
        value,
        position,
        scope: 'price',
      };
      if (value < desired) props.desiredValue = desired;
      this.push(makeEffect(base, 'setDiscountPerItem', props), { kind: 'discount' });
    }
  }

  /**
   * Adds what one effect of a rule that fired gives: nothing when it cannot apply (an anonymous profile for points,
   * no card in a card-based program, an unknown program, audience or achievement), one effect per matching line for
   * per-item effects.
   */
  apply(
    effect: SandboxEffect,
    effectIndex: number,
    base: EffectBase,
    campaign: SandboxCampaign,
    rule: SandboxRule,
  ): void {
    const { context, subject } = this;
    const { state } = context;
    const profileId = subject.profileId;
    const items = subject.cartItems;
    switch (effect.type) {
      case 'percentDiscount':
      case 'fixedDiscount': {
        const name = effect.name ?? rule.title;
        const desired = (total: number) =>
          effect.type === 'percentDiscount' ? (total * effect.percent) / 100 : effect.amount;
        if (effect.items === undefined) return this.pushDiscount(base, effect, name, desired(this.subtotal), undefined);
        for (let position = 0; position < items.length; position++) {
          if (!matchesItem(items[position] as CartItem, effect.items)) continue;
          this.pushDiscount(base, effect, name, desired(this.lineTotals[position] ?? 0), position);
        }
        return;
      }
      case 'freeItem':
        return this.push(makeEffect(base, 'addFreeItem', { sku: effect.sku, name: effect.name ?? rule.title }), {
          kind: 'kept',
        });
      case 'addLoyaltyPoints': {
        const target = this.pointsOwner(effect.programId);
        const subledgerId = effect.subledgerId ?? '';
        if (!target || !this.knownSubledger(effect.programId, subledgerId)) return;
        const program = state.loyaltyPrograms.get(effect.programId);
        const pending = effect.pendingDuration ?? program?.defaultPending;
        const startDate = pending ? dateAfter(context.now, pending) : undefined;
        const validity = effect.expiryDuration ?? program?.defaultValidity;
        const expiryDate = validity
          ? pending
            ? dateAfter(context.now, pending, validity)
            : dateAfter(context.now, validity)
          : undefined;
        const name = effect.name ?? rule.title;
        const award = (amount: number, position: number | undefined, basis: PointsBasis) => {
          amount = roundMoney(amount);
          if (!(amount > 0)) return;
          const transactionUUID = this.transactionUUID(base, 'addLoyaltyPoints', position);
          const props: EffectPropsByType['addLoyaltyPoints'] = {
            name,
            programId: effect.programId,
            subLedgerId: subledgerId,
            value: amount,
            recipientIntegrationId: profileId,
            transactionUUID,
          };
          if (startDate !== undefined) props.startDate = startDate;
          if (expiryDate !== undefined) props.expiryDate = expiryDate;
          if (position !== undefined) props.cartItemPosition = position;
          if (target.cardIdentifier !== undefined) props.cardIdentifier = target.cardIdentifier;
          const points: PointsIntent = {
            programId: effect.programId,
            owner: target.owner,
            amount,
            subledgerId,
            name,
            startDate,
            expiryDate,
            transactionUUID,
            rulesetId: base.rulesetId,
            ruleName: base.ruleName,
          };
          this.push(makeEffect(base, 'addLoyaltyPoints', props), { kind: 'addPoints', points, basis });
        };
        const valueOf = (total: number) =>
          effect.percentOfSubtotal !== undefined ? (total * effect.percentOfSubtotal) / 100 : (effect.points ?? 0);
        if (effect.items === undefined) {
          return award(
            valueOf(this.subtotal),
            undefined,
            effect.percentOfSubtotal !== undefined ? 'subtotal' : 'fixed',
          );
        }
        for (let position = 0; position < items.length; position++) {
          if (matchesItem(items[position] as CartItem, effect.items)) {
            award(valueOf(this.lineTotals[position] ?? 0), position, 'item');
          }
        }
        return;
      }
      case 'deductLoyaltyPoints': {
        const target = this.pointsOwner(effect.programId);
        const subledgerId = effect.subledgerId ?? '';
        if (!target || !this.knownSubledger(effect.programId, subledgerId) || !(effect.points > 0)) return;
        const transactionUUID = this.transactionUUID(base, 'deductLoyaltyPoints', undefined);
        const name = effect.name ?? target.programName;
        const props: EffectPropsByType['deductLoyaltyPoints'] = {
          ruleTitle: rule.title,
          programId: effect.programId,
          subLedgerId: subledgerId,
          value: effect.points,
          transactionUUID,
          name,
        };
        if (target.cardIdentifier !== undefined) props.cardIdentifier = target.cardIdentifier;
        const points: PointsIntent = {
          programId: effect.programId,
          owner: target.owner,
          amount: effect.points,
          subledgerId,
          name,
          transactionUUID,
          rulesetId: base.rulesetId,
          ruleName: base.ruleName,
        };
        return this.push(makeEffect(base, 'deductLoyaltyPoints', props), { kind: 'deductPoints', points });
      }
      case 'reserveCoupon': {
        const coupon = state.coupons.get(effect.couponValue);
        if (!coupon || profileId === '') return;
        const isNewReservation = !coupon.reservedBy.includes(profileId) && !couponReservationLimitReached(coupon);
        return this.push(
          makeEffect(base, 'reserveCoupon', {
            couponValue: coupon.value,
            profileIntegrationId: profileId,
            isNewReservation,
          }),
          { kind: 'reserveCoupon', value: coupon.value },
        );
      }
      case 'createCoupon':
      case 'createReferral': {
        const campaignId = effect.campaignId ?? campaign.id;
        if (profileId === '' || !state.campaigns.has(campaignId)) return;
        return this.push(undefined, {
          kind: effect.type,
          base,
          campaignId,
          usageLimit: effect.usageLimit,
          validFor: effect.validFor,
        });
      }
      case 'increaseAchievementProgress': {
        const delta = effect.delta ?? 1;
        if (profileId === '' || !state.achievements.has(effect.achievementId)) return;
        const props = previewProgress(context, effect.achievementId, profileId, delta);
        if (!props) return;
        return this.push(makeEffect(base, 'increaseAchievementProgress', props), {
          kind: 'achievement',
          achievementId: effect.achievementId,
          delta,
        });
      }
      case 'showNotification':
        return this.push(
          makeEffect(base, 'showNotification', {
            notificationType: effect.notificationType ?? 'info',
            title: effect.title,
            body: effect.body,
          }),
          undefined,
        );
      case 'addToAudience':
      case 'removeFromAudience': {
        const audience = state.audiences.get(effect.audienceId);
        if (!audience || profileId === '') return;
        const props: EffectPropsByType['addToAudience'] = {
          audienceId: audience.id,
          audienceName: audience.name,
          profileIntegrationId: profileId,
        };
        if (this.profile) props.profileId = this.profile.id;
        return this.push(makeEffect(base, effect.type, props), {
          kind: 'audience',
          audienceId: audience.id,
          add: effect.type === 'addToAudience',
        });
      }
      case 'customEffect':
        return this.push(
          makeEffect(base, 'customEffect', {
            // Stable per campaign, rule and effect: the sandbox has no custom effect definitions with IDs of their own.
            effectId: campaign.id * 10_000 + base.ruleIndex * 100 + effectIndex,
            name: effect.name,
            payload: { ...effect.payload },
          }),
          { kind: 'kept' },
        );
    }
  }
}
