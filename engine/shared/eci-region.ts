// The ECI region id of a Keystone region, which the engine serves and the provider's CLI prints.
import { stableId } from '../model/seed';

/** The ECI region id of a Keystone region: 32 hex characters, as CTyun's are. */
export const eciRegionId = (region: string) => stableId('eci-region', region);
