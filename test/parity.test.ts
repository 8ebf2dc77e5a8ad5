// Catches drift between the kit and the Talon.One spec in ../shared: every spec schema, property, parameter and
// effect type must have its counterpart here with a compatible type and the same required-ness.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as z from 'zod/mini';
import publicNames from '../scripts/schema-names.json';
import * as operations from '../src/client/operations/index.js';
import { routes } from '../src/client/routes.js';
import { effectPropsSchemas } from '../src/schemas/effects/effectPropsSchemas.js';
import * as schemas from '../src/schemas/index.js';

interface SpecSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: SpecSchema;
  properties?: Record<string, SpecSchema>;
  required?: string[];
  additionalProperties?: SpecSchema | boolean;
}
interface SpecParameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: SpecSchema;
}
interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content: { 'application/json': { schema: SpecSchema } } };
  responses: Record<string, { content?: { 'application/json'?: { schema: SpecSchema } } }>;
}

// The spec lives beside the repository, never in it; TALON_SPEC_DIR points elsewhere, as for the generators.
const specDir = process.env.TALON_SPEC_DIR ?? resolve(__dirname, '../../shared/talon-one');
const readSpec = (file: string) => {
  const path = resolve(specDir, file);
  if (!existsSync(path))
    throw new Error(`The parity test needs the Talon.One spec at ${path}: set TALON_SPEC_DIR to its folder.`);
  return JSON.parse(readFileSync(path, 'utf8'));
};
const spec = readSpec('integration-api.json') as {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: Record<string, SpecSchema> };
};
const effectSpec = readSpec('effect-props.json') as {
  'x-effectTypeToSchema': Record<string, string>;
  components: { schemas: Record<string, SpecSchema> };
};

const refName = (ref: string) => ref.replace('#/components/schemas/', '');
const publicName = (name: string) => (publicNames as Record<string, string>)[name] ?? name;
const kitSchema = (name: string) =>
  (schemas as unknown as Record<string, z.ZodMiniType | undefined>)[`${publicName(name)}Schema`];

type Def = {
  type: string;
  format?: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  entries?: Record<string, unknown>;
};
const def = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

function compare(specSchema: SpecSchema, kit: z.ZodMiniType, at: string, problems: string[]): void {
  const d = def(kit);
  if (specSchema.$ref) return compare(spec.components.schemas[refName(specSchema.$ref)]!, kit, at, problems);
  if (specSchema.enum) {
    const kitValues = d.type === 'enum' ? Object.values(d.entries ?? {}) : [];
    if (JSON.stringify([...kitValues].sort()) !== JSON.stringify([...specSchema.enum].sort()))
      problems.push(`${at}: enum ${JSON.stringify(specSchema.enum)}, kit has ${d.type} ${JSON.stringify(kitValues)}`);
    return;
  }
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${at}: spec says ${what}, kit has ${d.type}${d.format ? ` (${d.format})` : ''}`);
    return ok;
  };
  switch (specSchema.type) {
    case 'string':
      expect(d.type === 'string', 'string');
      return;
    case 'integer':
      expect(d.type === 'number' && d.format === 'safeint', 'integer');
      return;
    case 'number':
      expect(d.type === 'number', 'number');
      return;
    case 'boolean':
      expect(d.type === 'boolean', 'boolean');
      return;
    case 'array':
      if (expect(d.type === 'array', 'array')) compare(specSchema.items ?? {}, d.element!, `${at}[]`, problems);
      return;
    case 'object':
      if (typeof specSchema.additionalProperties === 'object') {
        if (expect(d.type === 'record', 'a map'))
          compare(specSchema.additionalProperties, d.valueType!, `${at}{}`, problems);
        return;
      }
      if (!Object.keys(specSchema.properties ?? {}).length) {
        expect(d.type === 'record' || d.type === 'custom', 'a free-form object');
        return;
      }
      if (!expect(d.type === 'object', 'object')) return;
      if (def(d.catchall!).type !== 'unknown') problems.push(`${at}: unknown properties must be kept (looseObject)`);
      compareProperties(specSchema, d.shape!, at, problems);
      return;
    default:
      return;
  }
}

function compareProperties(
  specSchema: SpecSchema,
  shape: Record<string, z.ZodMiniType>,
  at: string,
  problems: string[],
) {
  const required = new Set(specSchema.required ?? []);
  for (const [name, property] of Object.entries(specSchema.properties ?? {})) {
    const kit = shape[name];
    if (!kit) {
      problems.push(`${at}.${name}: missing`);
      continue;
    }
    const optional = def(kit).type === 'optional';
    if (optional === required.has(name))
      problems.push(`${at}.${name}: spec says ${required.has(name) ? 'required' : 'optional'}`);
    compare(property, optional ? def(kit).innerType! : kit, `${at}.${name}`, problems);
  }
}

const specOperations = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

describe('parity with the Talon.One spec', () => {
  it('has every spec schema, under its public name', () => {
    const missing = Object.keys(spec.components.schemas).filter((name) => !kitSchema(name));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(spec.components.schemas))('%s has every property with a compatible type', (name) => {
    const problems: string[] = [];
    compare(spec.components.schemas[name]!, kitSchema(name)!, publicName(name), problems);
    expect(problems).toEqual([]);
  });

  it('knows the props of every effect type in effect-props.json', () => {
    const problems: string[] = [];
    for (const [effectType, schemaName] of Object.entries(effectSpec['x-effectTypeToSchema'])) {
      const kit = (effectPropsSchemas as Record<string, z.ZodMiniType>)[effectType];
      if (!kit) problems.push(`${effectType}: missing`);
      else compare(effectSpec.components.schemas[schemaName]!, kit, `${effectType}.props`, problems);
    }
    expect(problems).toEqual([]);
  });

  it('has the same 31 operations, methods and paths', () => {
    const fromSpec = specOperations.map(({ operation, method, path }) => [operation.operationId, method, path]).sort();
    const fromKit = Object.entries(routes)
      .map(([id, route]) => [id, route.method, route.path])
      .sort();
    expect(fromKit).toEqual(fromSpec);
    expect(Object.keys(operations).sort()).toEqual(Object.keys(routes).sort());
    expect(fromKit).toHaveLength(31);
  });

  it.each(specOperations.map(({ operation }) => [operation.operationId, operation] as const))(
    '%s takes every parameter and body, and parses its response',
    (id, operation) => {
      const kit = (operations as Record<string, { input: z.ZodMiniType; output?: z.ZodMiniType }>)[id]!;
      const shape = def(kit.input).shape!;
      const problems: string[] = [];
      // The spec types `silent` as a string and its description allows only "yes" and "no": the kit says so.
      const narrowed = (p: SpecParameter) => (p.name === 'silent' ? { ...p.schema, enum: ['yes', 'no'] } : p.schema);
      const parameters = {
        properties: Object.fromEntries((operation.parameters ?? []).map((p) => [p.name, narrowed(p)])),
        required: (operation.parameters ?? []).filter((p) => p.required).map((p) => p.name),
      };
      const body = operation.requestBody;
      if (body) {
        parameters.properties.body = body.content['application/json'].schema;
        if (body.required) parameters.required.push('body');
      }
      compareProperties(parameters, shape, id, problems);
      const extra = Object.keys(shape).filter((name) => !(name in parameters.properties));
      expect(extra).toEqual([]);
      expect(problems).toEqual([]);

      const success = Object.entries(operation.responses).find(
        ([status, r]) => status.startsWith('2') && r.content?.['application/json'],
      );
      const ref = success?.[1].content?.['application/json']?.schema.$ref;
      expect(kit.output).toBe(ref ? kitSchema(refName(ref)) : undefined);
    },
  );
});
