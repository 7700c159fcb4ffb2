// Every resource and data source the provider offers. The plugins, the bindings, the docs and the preview
// iterate these lists; adding a resource here is all it takes to expose it everywhere.
import type { DataSourceType, ResourceType } from './types';
import { containerGroup } from './container-group';
import { keypair } from './keypair';
import { serverResource } from './server';
import { serverGroup } from './server-group';
import { volume } from './volume';
import { volumeAttachment } from './volume-attachment';
import { interfaceAttachment } from './interface-attachment';
import { flavorLookup, imageLookup, networkLookup } from './lookups';

export const RESOURCES: ResourceType[] = [
  serverResource,
  keypair,
  serverGroup,
  volume,
  volumeAttachment,
  interfaceAttachment,
  containerGroup,
];

export const DATA_SOURCES: DataSourceType[] = [flavorLookup, imageLookup, networkLookup];

export const resourceByTerraformType = (t: string) => RESOURCES.find((r) => r.schema.terraform === t);
export const resourceByPulumiName = (n: string) => RESOURCES.find((r) => r.schema.name === n);
