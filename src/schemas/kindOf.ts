/** What a value is, in the words of a validation message: `null`, `array`, or its `typeof`. */
export const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
