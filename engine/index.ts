export { createEngine, Engine, type EngineOptions } from './engine';
export { ManualClock, RealClock, type Clock } from './clock';
export * from './model/errors';
export * from './model/states';
export type * from './model/types';
export {
  DEFAULT_SEED,
  SEED_PASSWORDS,
  seedAccessKey,
  stableId,
  loadSeedFile,
  type SeedSpec,
  type EngineSettings,
} from './model/seed';
export { ACTIONS, actionRow, type ActionName, type ActionRow } from './actions/table';
export { checkAction, isLegal } from './actions/check';
export { serverStatus } from './domain/servers/read';
export { startEngine, type RunningEngine, type StartOptions } from './api/serve';
export { buildApp } from './api/app';
