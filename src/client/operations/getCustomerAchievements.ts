import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { pageSize, pathText, skip } from '../params.js';
import { CustomerAchievementsPageSchema } from '../../schemas/CustomerAchievementsPage.js';

/** List customer's available achievements: `GET /v1/customer_profiles/{integrationId}/achievements`. */
export const getCustomerAchievements = defineOperation('getCustomerAchievements', {
  input: {
    integrationId: pathText,
    campaignIds: z.optional(z.array(z.string())),
    achievementIds: z.optional(z.array(z.string())),
    achievementStatus: z.optional(z.array(z.enum(['active', 'scheduled']))),
    currentProgressStatus: z.optional(z.array(z.enum(['inprogress', 'completed', 'not_started']))),
    pageSize,
    skip,
  },
  output: CustomerAchievementsPageSchema,
});
