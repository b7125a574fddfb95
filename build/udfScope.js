// Injected into dist/counterclaim.udf.js, where `globalThis` is defined as this object: zod keeps
// its registries on the global, and a UDF file should add one global only, `counterclaim`.
export const udfScope = {};
