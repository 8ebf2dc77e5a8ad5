import * as z from 'zod/mini';

// A path segment of "." or ".." would be resolved away by URL normalisation, even percent-encoded.
export const pathText = z.string().check(
  z.minLength(1),
  z.refine((v) => v !== '.' && v !== '..', { error: 'must not be "." or ".."' }),
);

export const cardId = pathText.check(z.maxLength(108));

export const id = z.int().check(z.positive());

export const dateTime = z.iso.datetime({ offset: true });

export const skip = z.optional(z.int().check(z.gte(0)));

export const pageSize = z.optional(z.int().check(z.gte(1), z.lte(1000)));

export const silent = z.optional(z.enum(['yes', 'no']));
