// Catches drift between the kit and the Talon.One spec: every spec schema, property, parameter and effect type must
// have its counterpart here with a compatible type, the same required-ness and, where the kit sends data, the same
// constraints. It reads the spec's facts from test/fixtures/talon-one-spec.json (written with the schemas by
// scripts/generate-schemas.mjs), so a clone without ../shared tests the same; when the spec itself is there
// (../shared/talon-one, or TALON_SPEC_DIR), it checks the kit against it too, and the fixture for being up to date.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { specFacts } from '../scripts/spec-facts.mjs';
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
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
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
interface Facts {
  integrationApi: {
    paths: Record<string, Record<string, SpecOperation>>;
    components: { schemas: Record<string, SpecSchema> };
  };
  effectProps: {
    'x-effectTypeToSchema': Record<string, string>;
    components: { schemas: Record<string, SpecSchema> };
  };
}

const fixturePath = resolve(__dirname, 'fixtures/talon-one-spec.json');
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as Facts;

// The spec lives beside the repository, never in it; TALON_SPEC_DIR points elsewhere, as for the generators.
const specDir = process.env.TALON_SPEC_DIR ?? resolve(__dirname, '../../shared/talon-one');
const specFiles = ['integration-api.json', 'effect-props.json'].map((file) => resolve(specDir, file));
const spec = specFiles.every((file) => existsSync(file))
  ? (specFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown) as [unknown, unknown])
  : undefined;
if (process.env.TALON_SPEC_DIR && !spec)
  throw new Error(`TALON_SPEC_DIR is set, but ${specFiles.join(' or ')} is missing`);

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
  checks?: Array<{ _zod: { def: CheckDef } }>;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
};
const def = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

const constraintNames = [
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
] as const;
type Constraints = Partial<Record<(typeof constraintNames)[number], string | number>>;

// A minimum length of 0 holds for every value: it is no constraint.
const specConstraints = (s: SpecSchema): Constraints =>
  Object.fromEntries(
    constraintNames
      .filter((name) => s[name] !== undefined && !(s[name] === 0 && (name === 'minLength' || name === 'minItems')))
      .map((name) => [name, s[name]!]),
  );

function kitConstraints(kit: z.ZodMiniType): Constraints {
  const array = def(kit).type === 'array';
  const found: Constraints = {};
  for (const { _zod } of def(kit).checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length') found[array ? 'minItems' : 'minLength'] = check.minimum!;
    else if (check.check === 'max_length') found[array ? 'maxItems' : 'maxLength'] = check.maximum!;
    else if (check.check === 'greater_than') found[check.inclusive ? 'minimum' : 'exclusiveMinimum'] = check.value!;
    else if (check.check === 'less_than') found[check.inclusive ? 'maximum' : 'exclusiveMaximum'] = check.value!;
    else if (check.check === 'string_format' && check.format === 'regex') found.pattern = check.pattern!.source;
  }
  return found;
}

/**
 * Where the constraints are checked (scripts/generate-schemas.mjs says why): `request`, a schema of what the kit sends,
 * has exactly the spec's; `response`, a schema only of what Talon.One answers, none; `parameter`, written by hand in
 * src/client/params.ts, at least the spec's (the kit adds what the spec leaves unsaid: path segments are not empty,
 * IDs are positive, `skip` is not negative).
 */
type Side = 'request' | 'response' | 'parameter';

/** The comparisons of the kit with one source of the spec's facts: the fixture, or the spec itself. */
function parity(facts: Facts) {
  const specSchemas = facts.integrationApi.components.schemas;
  const requestSchemas = new Set<string>();
  const visit = (s: unknown): void => {
    if (typeof s !== 'object' || s === null) return;
    const ref = (s as SpecSchema).$ref;
    if (ref !== undefined) {
      if (requestSchemas.has(refName(ref))) return;
      requestSchemas.add(refName(ref));
      return visit(specSchemas[refName(ref)]);
    }
    Object.values(s).forEach(visit);
  };
  for (const methods of Object.values(facts.integrationApi.paths))
    for (const operation of Object.values(methods)) visit(operation.requestBody);
  const sideOf = (name: string): Side => (requestSchemas.has(name) ? 'request' : 'response');

  function compareConstraints(specSchema: SpecSchema, kit: z.ZodMiniType, at: string, side: Side, problems: string[]) {
    const expected = specConstraints(specSchema);
    const actual = kitConstraints(kit);
    const text = (c: Constraints) => JSON.stringify(c);
    if (side === 'request' && text(actual) !== text({ ...actual, ...expected }))
      problems.push(`${at}: spec constrains ${text(expected)}, kit checks ${text(actual)}`);
    if (side === 'request' && Object.keys(actual).some((name) => !(name in expected)))
      problems.push(`${at}: kit checks ${text(actual)}, beyond the spec's ${text(expected)}`);
    if (side === 'parameter' && Object.entries(expected).some(([name, value]) => actual[name as never] !== value))
      problems.push(`${at}: spec constrains ${text(expected)}, kit checks ${text(actual)}`);
    if (side === 'response' && Object.keys(actual).length)
      problems.push(
        `${at}: a schema of Talon.One's answers checks ${text(actual)}: answers are checked for shape only`,
      );
  }

  function compare(specSchema: SpecSchema, kit: z.ZodMiniType, at: string, side: Side, problems: string[]): void {
    const d = def(kit);
    if (specSchema.$ref) {
      const name = refName(specSchema.$ref);
      return compare(specSchemas[name]!, kit, at, sideOf(name), problems);
    }
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
        if (expect(d.type === 'string', 'string')) compareConstraints(specSchema, kit, at, side, problems);
        return;
      case 'integer':
        if (expect(d.type === 'number' && d.format === 'safeint', 'integer'))
          compareConstraints(specSchema, kit, at, side, problems);
        return;
      case 'number':
        if (expect(d.type === 'number', 'number')) compareConstraints(specSchema, kit, at, side, problems);
        return;
      case 'boolean':
        expect(d.type === 'boolean', 'boolean');
        return;
      case 'array':
        if (expect(d.type === 'array', 'array')) {
          compareConstraints(specSchema, kit, at, side, problems);
          compare(specSchema.items ?? {}, d.element!, `${at}[]`, side === 'parameter' ? 'request' : side, problems);
        }
        return;
      case 'object':
        if (typeof specSchema.additionalProperties === 'object') {
          if (expect(d.type === 'record', 'a map'))
            compare(specSchema.additionalProperties, d.valueType!, `${at}{}`, side, problems);
          return;
        }
        if (!Object.keys(specSchema.properties ?? {}).length) {
          expect(d.type === 'record' || d.type === 'custom', 'a free-form object');
          return;
        }
        if (!expect(d.type === 'object', 'object')) return;
        if (def(d.catchall!).type !== 'unknown') problems.push(`${at}: unknown properties must be kept (looseObject)`);
        compareProperties(specSchema, d.shape!, at, side, problems);
        return;
      default:
        return;
    }
  }

  function compareProperties(
    specSchema: SpecSchema,
    shape: Record<string, z.ZodMiniType>,
    at: string,
    side: Side,
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
      compare(property, optional ? def(kit).innerType! : kit, `${at}.${name}`, side, problems);
    }
  }

  /** What is wrong with the kit's schema of the spec schema `name` (all of it, when given no other kit schema). */
  const problemsOf = (name: string, kit = kitSchema(name)!) => {
    const problems: string[] = [];
    compare(specSchemas[name]!, kit, publicName(name), sideOf(name), problems);
    return problems;
  };

  const specOperations = Object.entries(facts.integrationApi.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );

  return { specSchemas, specOperations, compare, compareProperties, problemsOf };
}

const sources: Array<[string, Facts]> = [
  ['test/fixtures/talon-one-spec.json', fixture],
  ...(spec ? [[specDir, { integrationApi: spec[0], effectProps: spec[1] } as Facts] as [string, Facts]] : []),
];

describe.each(sources)('parity with the Talon.One spec, as %s has it', (_, facts) => {
  const { specSchemas, specOperations, compare, compareProperties, problemsOf } = parity(facts);

  it('has every spec schema, under its public name', () => {
    const missing = Object.keys(specSchemas).filter((name) => !kitSchema(name));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(specSchemas))('%s has every property with a compatible type and constraints', (name) => {
    expect(problemsOf(name)).toEqual([]);
  });

  it('knows the props of every effect type, and checks their shape only', () => {
    const problems: string[] = [];
    for (const [effectType, schemaName] of Object.entries(facts.effectProps['x-effectTypeToSchema'])) {
      const kit = (effectPropsSchemas as Record<string, z.ZodMiniType>)[effectType];
      if (!kit) problems.push(`${effectType}: missing`);
      else compare(facts.effectProps.components.schemas[schemaName]!, kit, `${effectType}.props`, 'response', problems);
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
    '%s takes every parameter and body with their constraints, and parses its response',
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
      compareProperties(parameters, shape, id, 'parameter', problems);
      const body = operation.requestBody;
      if (body) {
        const bodyProperty = { properties: { body: body.content['application/json'].schema }, required: ['body'] };
        if (!body.required) bodyProperty.required = [];
        compareProperties(bodyProperty, shape, id, 'request', problems);
      }
      const extra = Object.keys(shape).filter((name) => !(name in parameters.properties) && !(body && name === 'body'));
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

describe('the parity check itself', () => {
  const { problemsOf } = parity(fixture);
  /** The kit's schema of `name` with one property replaced. */
  const mutated = (name: string, property: string, schema: z.ZodMiniType | undefined) => {
    const { [property]: _, ...shape } = def(kitSchema(name)!).shape!;
    return z.looseObject(schema === undefined ? shape : { ...shape, [property]: schema });
  };

  it.each([
    ['a missing property', 'CartItem', 'sku', undefined, 'CartItem.sku: missing'],
    ['a wrong type', 'Coupon', 'value', z.number(), 'Coupon.value: spec says string'],
    [
      'a required property made optional',
      'Coupon',
      'value',
      z.optional(z.string()),
      'Coupon.value: spec says required',
    ],
    ['a lost enum value', 'AchievementStatusEntry', 'status', z.optional(z.enum(['active'])), 'enum'],
    [
      'a request pattern dropped',
      'GenerateLoyaltyCard',
      'cardIdentifier',
      z.optional(z.string().check(z.maxLength(108))),
      'GenerateLoyaltyCard.cardIdentifier: spec constrains',
    ],
    ['a request range changed', 'CartItem', 'quantity', z.int().check(z.gte(0)), 'CartItem.quantity: spec constrains'],
    [
      'a request check the spec does not have',
      'CartItem',
      'name',
      z.optional(z.string().check(z.maxLength(10))),
      'CartItem.name: kit checks {"maxLength":10}, beyond',
    ],
    [
      'a constraint checked on an answer',
      'AchievementStatusEntry',
      'name',
      z.string().check(z.regex(/^[a-zA-Z]\w+$/)),
      "AchievementStatusEntry.name: a schema of Talon.One's answers checks",
    ],
  ])('notices %s', (_, name, property, schema, problem) => {
    expect(problemsOf(name)).toEqual([]);
    expect(problemsOf(name, mutated(name, property, schema)).join('\n')).toContain(problem);
  });
});

describe.skipIf(!spec)(`the fixture, against the spec in ${specDir}`, () => {
  it('is what scripts/generate-schemas.mjs derives from the spec (run npm run generate:schemas)', () => {
    expect(fixture).toEqual(specFacts(spec![0], spec![1]));
  });
});
