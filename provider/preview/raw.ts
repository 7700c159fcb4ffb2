// What a plan parser hands to normalize(): one planned resource with its raw values and the plan's own marks.
import type { Action } from './model';

/** The input cannot be turned into a preview; the message names the field and the rule. */
export class PlanInputError extends Error {}

/** One planned resource as a parser hands it over; values may already hold UNKNOWN / SENSITIVE markers. */
export interface RawResource {
  id: string;
  address: string;
  type: string;
  name: string;
  action: Action;
  replaceOrder?: 'delete-first' | 'create-first';
  before: unknown;
  after: unknown;
  /** The whole prior state when `before` shows less (Pulumi shows inputs; the simulation needs ids and states). */
  prior?: unknown;
  /** Terraform's trees mirroring the values: `true` marks a sensitive / unknown subtree. */
  beforeSensitive?: unknown;
  afterSensitive?: unknown;
  afterUnknown?: unknown;
  /** Paths the plan says force the replacement. */
  replacePaths: string[];
  /** Why the plan replaces, in words (taint, explicit request, cannot update). */
  planReason?: string;
  /** Paths the plan says changed (Pulumi's detailedDiff / diffReasons): surfaces changes hidden behind masks. */
  changedPaths?: string[];
  dependsOn: readonly string[];
  notes: string[];
}

export interface ParsedPlan {
  resources: RawResource[];
  /** Values marked sensitive outside the resources (sensitive variables and outputs). */
  secretValues: unknown[];
}
