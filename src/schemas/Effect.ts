import * as z from 'zod/mini';
import { effectBaseShape, type EffectBase } from './EffectBase.js';
import { JsonObjectSchema } from './JsonObject.js';
import { effectPropsSchemas, type EffectPropsByType } from './effects/effectPropsSchemas.js';

/** An `effectType` whose `props` the kit knows. */
export type EffectType = keyof EffectPropsByType;

/** An effect of a type the kit knows, with typed `props`. Narrow with `isEffectOfType` or `effectsOfType`. */
export type KnownEffect<T extends EffectType = EffectType> = {
  [K in T]: EffectBase & { effectType: K; props: EffectPropsByType[K] };
}[T];

/** An effect of a type newer than the kit: kept as it came, so a new effect type never breaks a storefront. */
export interface UnknownEffect extends EffectBase {
  effectType: string;
  props: Record<string, unknown>;
}

/** A change that a triggered campaign asks the storefront to apply, discriminated on `effectType`. */
export type Effect = KnownEffect | UnknownEffect;

// One object parse, then the props of known types: cheaper than a union, and an error points at `props.<field>`.
export const EffectSchema: z.ZodMiniType<Effect> = z
  .looseObject({
    ...effectBaseShape,
    effectType: z.string(),
    props: JsonObjectSchema,
  })
  .check(
    z.superRefine((effect, ctx) => {
      const schema = effectPropsSchemas[effect.effectType as EffectType] as z.ZodMiniType | undefined;
      if (!schema || !Object.hasOwn(effectPropsSchemas, effect.effectType)) return;
      const result = z.safeParse(schema, effect.props, { reportInput: true });
      if (result.success) return;
      for (const issue of result.error.issues) {
        ctx.addIssue({ ...issue, path: ['props', ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
      }
    }),
  );
