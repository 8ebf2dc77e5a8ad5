import { routes, type OperationId } from '../../client/routes.js';

/** `['talon', ...path segments with the path parameters filled in, { the other parameters }]`. */
export type TalonQueryKey = readonly ['talon', ...unknown[]];

export function operationKey(id: OperationId, input: object): TalonQueryKey {
  const params: Record<string, unknown> = { ...input };
  // The API version is left out so that one prefix, such as ['talon', 'customer_profiles', id], spans versions.
  const segments = routes[id].path
    .split('/')
    .slice(2)
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!name) return segment;
      const value = params[name];
      delete params[name];
      return value;
    });
  for (const [name, value] of Object.entries(params)) if (value === undefined) delete params[name];
  return ['talon', ...segments, params];
}
