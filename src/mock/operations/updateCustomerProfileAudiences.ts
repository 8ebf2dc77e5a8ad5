import { addToAudience, getAudience, removeFromAudience } from '../domain/audiences.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

const maxActions = 1000;

/**
 * Adds profiles to audiences and removes them (204). `add` creates a profile on first use; `delete` of a profile that
 * is not a member changes nothing. An unknown audience answers 404 and the whole request is refused.
 */
export const updateCustomerProfileAudiences: OperationHandler<'updateCustomerProfileAudiences'> = (
  context,
  { body },
) => {
  const actions = body.data ?? [];
  if (actions.length > maxActions) {
    throw badRequest(`data holds ${actions.length} actions; at most ${maxActions} are allowed per request`, '/data');
  }
  actions.forEach((action, index) => {
    if (action.profileIntegrationId === '') {
      throw badRequest('profileIntegrationId must not be empty', `/data/${index}/profileIntegrationId`);
    }
    getAudience(context, action.audienceId);
    if (action.action === 'add') addToAudience(context, action.profileIntegrationId, action.audienceId);
    else removeFromAudience(context, action.profileIntegrationId, action.audienceId);
  });
  return undefined;
};
