/**
 * A key `T` declares. Effect props also have an index signature (`[key: string]: unknown`), so `keyof` takes any
 * string and a misspelt prop name would type-check as `unknown`; this leaves only the names the spec gives.
 */
export type DeclaredKey<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: unknown;
};
