import { defineOperation } from '../defineOperation.js';
import { NewReferralSchema } from '../../schemas/NewReferral.js';
import { ReferralSchema } from '../../schemas/Referral.js';

/** Create referral code for an advocate: `POST /v1/referrals`. */
export const createReferral = defineOperation('createReferral', {
  input: {
    body: NewReferralSchema,
  },
  output: ReferralSchema,
});
