// The type of parsed JSON in tests: deliberately loose, because the assertions are what check its shape (the
// lint config turns the any-propagation rules off for tests for the same reason). One place, one exception.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert the shape of parsed JSON themselves
export type Json = any;
