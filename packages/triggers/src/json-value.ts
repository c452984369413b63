/** A JSON primitive. */
export type JsonPrimitive = string | number | boolean | null

/** Any JSON value: what a V2/V3 pre-token claim (or an inbound-federation attribute) can hold. */
export type JsonValue = JsonPrimitive | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** A JSON object. */
export type JsonObject = { readonly [key: string]: JsonValue }
