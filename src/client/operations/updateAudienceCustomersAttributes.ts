import { defineOperation } from '../defineOperation.js';
import { id } from '../params.js';
import { AttributeQuerySchema } from '../../schemas/AttributeQuery.js';

/** Update profile attributes for all customers in audience: `PUT /v2/audience_customers/{audienceId}/attributes`. */
export const updateAudienceCustomersAttributes = defineOperation('updateAudienceCustomersAttributes', {
  input: {
    audienceId: id,
    body: AttributeQuerySchema,
  },
});
