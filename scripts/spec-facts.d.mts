/** The facts of integration-api.json and effect-props.json, as one JSON value (see spec-facts.mjs). */
export function specFacts(spec: unknown, effectSpec: unknown): unknown;
