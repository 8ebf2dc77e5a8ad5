import { checkReferralDates, createReferralCode, referralView } from '../domain/referrals.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

const lowercase = [...'abcdefghijklmnopqrstuvwxyz'];
// Talon.One's default for this endpoint: `[A-Z, 0-9]`.
const defaultCharacters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];

/**
 * Creates one unique referral code per advocate (an advocate listed twice gets one code), all in one batch, following
 * `referralPattern` and `validCharacters` when given. Referral limits do not apply, as Talon.One documents. Answers
 * nothing (204) unless `silent` is `no`, then the codes. 404 for an unknown campaign.
 */
export const createReferralsForMultipleAdvocates: OperationHandler<'createReferralsForMultipleAdvocates'> = (
  context,
  input,
) => {
  const { body } = input;
  checkReferralDates(body.startDate, body.expiryDate);
  const characters = body.validCharacters ?? defaultCharacters;
  if (body.validCharacters !== undefined) {
    if (characters.length === 0) throw badRequest('validCharacters must not be empty', '/validCharacters');
    characters.forEach((character, index) => {
      if (character === '')
        throw badRequest('validCharacters must not hold an empty string', `/validCharacters/${index}`);
    });
  }
  const pattern = body.referralPattern;
  if (pattern !== undefined) {
    if (!pattern.includes('#')) {
      throw badRequest('referralPattern needs at least one "#" to make each code unique', '/referralPattern');
    }
    // The shortest code the pattern can make must still be a valid referral code (at least 4 characters).
    const shortest = pattern.replace(/#/g, '').length + (pattern.match(/#/g)?.length ?? 0) * minLength(characters);
    if (shortest < 4) throw badRequest('referralPattern must make codes of at least 4 characters', '/referralPattern');
  }
  const advocates = [...new Set(body.advocateProfileIntegrationIds)];
  body.advocateProfileIntegrationIds.forEach((id, index) => {
    if (id === '')
      throw badRequest(
        'advocateProfileIntegrationIds must not hold an empty ID',
        `/advocateProfileIntegrationIds/${index}`,
      );
  });
  const batchId = context.code('########', lowercase);
  const referrals = advocates.map((advocateProfileIntegrationId) =>
    createReferralCode(context, {
      campaignId: body.campaignId,
      advocateProfileIntegrationId,
      usageLimit: body.usageLimit,
      ...(body.startDate === undefined ? {} : { startDate: body.startDate }),
      ...(body.expiryDate === undefined ? {} : { expiryDate: body.expiryDate }),
      ...(body.attributes === undefined ? {} : { attributes: body.attributes }),
      batchId,
      ...(pattern === undefined ? {} : { pattern }),
      characters,
    }),
  );
  if ((input.silent ?? 'yes') === 'yes') return undefined;
  return { totalResultSize: referrals.length, data: referrals.map(referralView) };
};

function minLength(characters: readonly string[]): number {
  return Math.min(...characters.map((character) => character.length));
}
