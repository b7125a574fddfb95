/** `T` with its fields writable, for an object built field by field before it is handed out read-only. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
