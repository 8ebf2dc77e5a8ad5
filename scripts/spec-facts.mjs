// The facts of the Talon.One spec that the kit's tests check the kit against, without its prose: what
// scripts/generate-schemas.mjs writes to test/fixtures/talon-one-spec.json, so that a clone without ../shared tests
// the same. The same structure as the spec's files (paths, components.schemas, x-effectTypeToSchema): the parity test
// reads either.

// What a schema says of its values; description, title, example and default are words or samples, not rules.
const schemaFacts = [
  '$ref',
  'type',
  'format',
  'enum',
  'required',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
];

function schema(s) {
  const facts = {};
  for (const key of schemaFacts) if (s[key] !== undefined) facts[key] = s[key];
  if (s.items) facts.items = schema(s.items);
  if (s.properties)
    facts.properties = Object.fromEntries(Object.entries(s.properties).map(([name, p]) => [name, schema(p)]));
  if (s.additionalProperties !== undefined)
    facts.additionalProperties =
      typeof s.additionalProperties === 'object' ? schema(s.additionalProperties) : s.additionalProperties;
  return facts;
}

const schemas = (all) => Object.fromEntries(Object.entries(all).map(([name, s]) => [name, schema(s)]));

function parameter({ name, in: where, required, style, explode, schema: s }) {
  return { name, in: where, ...(required === undefined ? {} : { required }), ...{ style, explode }, schema: schema(s) };
}

const json = (content) =>
  content?.['application/json']
    ? { content: { 'application/json': { schema: schema(content['application/json'].schema) } } }
    : {};

function operation({ operationId, parameters, requestBody, responses }) {
  return {
    operationId,
    ...(parameters ? { parameters: parameters.map(parameter) } : {}),
    ...(requestBody
      ? {
          requestBody: {
            ...(requestBody.required === undefined ? {} : { required: requestBody.required }),
            ...json(requestBody.content),
          },
        }
      : {}),
    // What the kit parses: the success answers (error bodies are read by their shape, never checked).
    responses: Object.fromEntries(
      Object.entries(responses)
        .filter(([status]) => status.startsWith('2'))
        .map(([status, r]) => [status, json(r.content)]),
    ),
  };
}

/** The facts of integration-api.json and effect-props.json, as one JSON value. */
export function specFacts(spec, effectSpec) {
  return {
    integrationApi: {
      paths: Object.fromEntries(
        Object.entries(spec.paths).map(([path, methods]) => [
          path,
          Object.fromEntries(Object.entries(methods).map(([method, o]) => [method, operation(o)])),
        ]),
      ),
      components: { schemas: schemas(spec.components.schemas) },
    },
    effectProps: {
      'x-effectTypeToSchema': effectSpec['x-effectTypeToSchema'],
      components: { schemas: schemas(effectSpec.components.schemas) },
    },
  };
}
