// Shared pieces of the ContainerGroup schema: the one update operation, the replace reasons users see, and
// shared field shapes. Nested fields take their block's change strategy, so the same shape (a port, a probe)
// is updatable inside `containers` and replace-only inside `init_containers`.
import { Type } from '@sinclair/typebox';
import { attr, replace, update, type Change } from '../dsl';

/** Every in-place change is one updateContainerGroup call carrying the full updatable set. */
export const UPDATE_OP = 'updateContainerGroup';
export const UPDATE: Change = update(UPDATE_OP);

export const REASONS = {
  name: 'ECI cannot rename a container group',
  spec: "the group's cpu, memory, gpu and flavor are fixed when it is scheduled",
  network: "the group's VPC, subnet and security group are fixed at create",
  az: "the group's availability zone is fixed when it is scheduled",
  boot: 'updateContainerGroup does not change this setting: it applies at create only',
  init: 'updateContainerGroup does not change init containers (seed 003: 不支持更新)',
  containerName: 'a container is identified by its name: renaming one recreates the group',
  sysctl: 'kernel parameters (securityContext.sysctl) apply at create only',
} as const;

export const REPLACE = (reason: keyof typeof REASONS): Change => replace(REASONS[reason]);

/** A file mode as the API's four-digit octal ("0644"), kept as a string so HCL does not read it as decimal. */
export const fileMode = (description: string) =>
  attr(Type.String({ pattern: '^0?[0-7]{3}$' }), {
    description: `${description} Four-digit octal, as a string ("0644").`,
  });

export const PORT_RANGE = { minimum: 1, maximum: 65535 } as const;
