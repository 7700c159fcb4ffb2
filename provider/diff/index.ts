// Diff and generic planning, pure: no I/O.
export { diffResource, keepPriorForm, topField } from './diff';
export { planFromSchema, updateOperations, type PlanOptions } from './plan';
export { formatPath, parsePath, type Step } from './paths';
export { normalise, same, digest, isEmpty } from './normalise';
