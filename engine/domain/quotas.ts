// Quota limits (defaults, overridden per project) and the usage they are checked against, counted from the
// store inside the caller's transaction so two concurrent creates cannot both squeeze under a limit.
import { QuotaExceeded } from '../model/errors';
import { DEFAULT_QUOTAS } from '../model/seed';
import type { QuotaSet } from '../model/types';
import type { EngineContext } from './context';

const DEFAULTS_KEY = '__defaults__';

export function quotaLimits(ctx: EngineContext, projectId: string): QuotaSet {
  return {
    ...DEFAULT_QUOTAS,
    ...ctx.store.quotas.get(DEFAULTS_KEY),
    ...ctx.store.quotas.get(projectId),
    id: undefined,
  } as QuotaSet;
}

/** Sets a project's limits; the project id 'defaults' sets the defaults every project starts from. */
export function setQuotas(ctx: EngineContext, projectId: string, values: Partial<QuotaSet>): QuotaSet {
  const id = projectId === 'defaults' ? DEFAULTS_KEY : projectId;
  return ctx.store.tx(() => {
    ctx.store.quotas.put({ ...ctx.store.quotas.get(id), ...values, id });
    return quotaLimits(ctx, id);
  });
}

export interface ComputeUsage {
  instances: number;
  cores: number;
  ram: number;
}

export function computeUsage(ctx: EngineContext, projectId: string): ComputeUsage {
  const row = ctx.store
    .sql(
      `SELECT COUNT(*) AS n, COALESCE(SUM(vcpus), 0) AS c, COALESCE(SUM(ram), 0) AS r FROM servers
     WHERE project_id = ? AND deleted_at IS NULL AND vm_state != 'soft-delete'`,
    )
    .get(projectId) as { n: number; c: number; r: number };
  return { instances: row.n, cores: row.c, ram: row.r };
}

const unlimited = (n: number) => n < 0;

/**
 * How many of `count` servers of a flavor fit the project's compute quotas (Nova checks max_count, then
 * settles for fewer down to min_count). Throws Nova's 403 when not even `min` fit.
 */
export function checkComputeQuota(
  ctx: EngineContext,
  projectId: string,
  per: { vcpus: number; ram: number },
  min: number,
  max: number,
): number {
  const limits = quotaLimits(ctx, projectId);
  if (unlimited(limits.instances) && unlimited(limits.cores) && unlimited(limits.ram)) return max; // nothing to count
  const used = computeUsage(ctx, projectId);
  const want = { instances: 1, cores: per.vcpus, ram: per.ram } as const;
  let allowed = max;
  for (const res of ['instances', 'cores', 'ram'] as const) {
    if (unlimited(limits[res]) || want[res] === 0) continue;
    allowed = Math.min(allowed, Math.floor((limits[res] - used[res]) / want[res]));
  }
  if (allowed >= min) return allowed;
  for (const res of ['instances', 'cores', 'ram'] as const) {
    if (unlimited(limits[res])) continue;
    const requested = want[res] * min;
    if (used[res] + requested > limits[res]) {
      throw new QuotaExceeded(
        `Quota exceeded for ${res}: Requested ${requested}, but already used ${used[res]} of ${limits[res]} ${res}`,
      );
    }
  }
  return min;
}

/** A resize or restore adds cores/ram (and an instance for restore) to what is in use. */
export function checkComputeDelta(ctx: EngineContext, projectId: string, delta: ComputeUsage): void {
  const limits = quotaLimits(ctx, projectId);
  const used = computeUsage(ctx, projectId);
  for (const res of ['instances', 'cores', 'ram'] as const) {
    if (delta[res] <= 0 || unlimited(limits[res])) continue;
    if (used[res] + delta[res] > limits[res]) {
      throw new QuotaExceeded(
        `Quota exceeded for ${res}: Requested ${delta[res]}, but already used ${used[res]} of ${limits[res]} ${res}`,
      );
    }
  }
}

export function checkMetadataItems(ctx: EngineContext, projectId: string, count: number): void {
  const limit = quotaLimits(ctx, projectId).metadata_items;
  if (!unlimited(limit) && count > limit) throw new QuotaExceeded(`Maximum number of metadata items exceeds ${limit}`);
}

export function checkKeypairQuota(ctx: EngineContext, projectId: string, userId: string): void {
  const limit = quotaLimits(ctx, projectId).key_pairs;
  const used = ctx.store.keypairs.scalar('COUNT(*)', 'user_id = ?', [userId]);
  if (!unlimited(limit) && used + 1 > limit) throw new QuotaExceeded('Quota exceeded, too many key pairs.');
}

export function checkServerGroupQuota(ctx: EngineContext, projectId: string): void {
  const limit = quotaLimits(ctx, projectId).server_groups;
  const used = ctx.store.serverGroups.scalar('COUNT(*)', 'project_id = ?', [projectId]);
  if (!unlimited(limit) && used + 1 > limit) throw new QuotaExceeded('Quota exceeded, too many server groups.');
}

export function checkGroupMembers(ctx: EngineContext, projectId: string, current: number, adding: number): void {
  const limit = quotaLimits(ctx, projectId).server_group_members;
  if (!unlimited(limit) && current + adding > limit)
    throw new QuotaExceeded('Quota exceeded, too many servers in group');
}

/** Cinder's volume quotas (413, `VolumeLimitExceeded` / `VolumeSizeExceedsAvailableQuota`). */
export function checkVolumeQuota(ctx: EngineContext, projectId: string, size: number, newVolumes = 1): void {
  const limits = quotaLimits(ctx, projectId);
  const count = ctx.store.volumes.scalar('COUNT(*)', 'project_id = ?', [projectId]);
  const gigs = ctx.store.volumes.scalar('COALESCE(SUM(size), 0)', 'project_id = ?', [projectId]);
  if (newVolumes && !unlimited(limits.volumes) && count + newVolumes > limits.volumes) {
    throw new QuotaExceeded(
      `VolumeLimitExceeded: Maximum number of volumes allowed (${limits.volumes}) exceeded for quota 'volumes'.`,
      413,
    );
  }
  if (!unlimited(limits.gigabytes) && gigs + size > limits.gigabytes) {
    throw new QuotaExceeded(
      'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. ' +
        `Requested ${size}G, quota is ${limits.gigabytes}G and ${gigs}G has been consumed.`,
      413,
    );
  }
}

export function checkPersonality(
  ctx: EngineContext,
  projectId: string,
  files: { path: string; contents: string }[],
): void {
  const limits = quotaLimits(ctx, projectId);
  if (files.length > limits.injected_files) throw new QuotaExceeded('Personality file limit exceeded');
  for (const f of files) {
    if (Buffer.byteLength(f.path) > limits.injected_file_path_bytes)
      throw new QuotaExceeded('Personality file path exceeds maximum 255');
    if (Buffer.from(f.contents, 'base64').length > limits.injected_file_content_bytes) {
      throw new QuotaExceeded(`Personality file content exceeds maximum ${limits.injected_file_content_bytes}`);
    }
  }
}
