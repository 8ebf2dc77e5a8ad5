import * as z from 'zod/mini';
import { defineOperation } from '../defineOperation.js';
import { dateTime, id, pageSize, pathText, skip } from '../params.js';
import { CustomerAchievementHistoryPageSchema } from '../../schemas/CustomerAchievementHistoryPage.js';

/** List customer's achievement history: `GET /v1/customer_profiles/{integrationId}/achievements/{achievementId}`. */
export const getCustomerAchievementHistory = defineOperation('getCustomerAchievementHistory', {
  input: {
    integrationId: pathText,
    achievementId: id,
    progressStatus: z.optional(z.array(z.enum(['inprogress', 'completed', 'expired']))),
    startDate: z.optional(dateTime),
    endDate: z.optional(dateTime),
    pageSize,
    skip,
  },
  output: CustomerAchievementHistoryPageSchema,
});
