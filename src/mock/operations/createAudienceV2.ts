import { audienceView } from '../domain/audiences.js';
import { conflict } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/** Creates an audience (201); 409 when one with the same integration and integration ID exists already. */
export const createAudienceV2: OperationHandler<'createAudienceV2'> = (context, { body }) => {
  const { audiences } = context.state;
  if (body.integrationId !== undefined) {
    for (const audience of audiences.values()) {
      if (audience.integrationId === body.integrationId && audience.integration === body.integration) {
        const where = body.integration === undefined ? '' : ` for integration "${body.integration}"`;
        throw conflict(
          `An audience with integrationId "${body.integrationId}"${where} already exists (ID ${audience.id})`,
        );
      }
    }
  }
  const id = context.nextId('audience');
  const audience = audiences.set(id, {
    id,
    name: body.name,
    ...(body.description === undefined ? {} : { description: body.description }),
    ...(body.integration === undefined ? {} : { integration: body.integration }),
    ...(body.integrationId === undefined ? {} : { integrationId: body.integrationId }),
    created: context.now,
  });
  return audienceView(context, audience);
};
