import { defineOperation } from '../defineOperation.js';
import { silent } from '../params.js';
import { CreatedReferralsPageSchema } from '../../schemas/CreatedReferralsPage.js';
import { NewReferralsForMultipleAdvocatesSchema } from '../../schemas/NewReferralsForMultipleAdvocates.js';

/** Create referral codes for multiple advocates: `POST /v1/referrals_for_multiple_advocates`. */
export const createReferralsForMultipleAdvocates = defineOperation('createReferralsForMultipleAdvocates', {
  input: {
    silent,
    body: NewReferralsForMultipleAdvocatesSchema,
  },
  output: CreatedReferralsPageSchema,
  silent: true,
});
