// How error messages print a value the caller sent, in Nova's words: None for null or absent, a string as
// it is, anything else as JSON. String() would print an object as "[object Object]".
export const show = (v: unknown): string =>
  v === undefined || v === null ? 'None' : typeof v === 'string' ? v : JSON.stringify(v);
