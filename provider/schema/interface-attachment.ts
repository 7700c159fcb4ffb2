// A network interface attached to a server (as `openstack_compute_interface_attach_v2`): an existing port,
// or a new port on a network (optionally with a fixed IP). NIC changes are attach/detach, never a server
// replacement (anchor complaint 3); the attachment itself cannot change, so every input replaces it.
import { Type } from '@sinclair/typebox';
import { attr, defineResource, replace, str } from './dsl';
import { uuid } from './limits';

const FIXED = 'an interface attachment cannot change: it is detached and attached again';
const IP = '^([0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$';

export const interfaceAttachmentSchema = defineResource({
  name: 'InterfaceAttachment',
  terraform: 'novaform_interface_attachment',
  description:
    'Attaches a network interface to a server (os-interface): an existing port, or a new port on a network. ' +
    'Ports Nova created go away on detach; ports you brought are only unbound.',
  version: 1,
  importId: '<instance_id>/<port_id>',
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 10 * 60_000 },
  fields: {
    instance_id: str(
      { mode: 'required', description: 'The server to attach to.', change: replace(FIXED) },
      { pattern: uuid },
    ),
    port_id: str(
      {
        mode: 'optional-computed',
        description:
          'An existing port to attach; otherwise the port Nova creates is recorded here. ' +
          "May be set with network_id and fixed_ip when they are the port's.",
        change: replace(FIXED),
      },
      { pattern: uuid },
    ),
    network_id: str(
      {
        mode: 'optional-computed',
        description:
          'Network to create the port on (when no port_id); without either Nova picks the only network available.',
        change: replace(FIXED),
      },
      { pattern: uuid },
    ),
    fixed_ip: str(
      {
        mode: 'optional-computed',
        description: "Fixed IP for the new port (needs network_id), or one of port_id's addresses.",
        change: replace(FIXED),
      },
      { pattern: IP },
    ),
    // computed
    mac: str({ mode: 'computed', description: 'MAC address of the port.' }),
    fixed_ips: attr(Type.Array(Type.Object({ subnet_id: Type.String(), ip_address: Type.String() })), {
      mode: 'computed',
      description: 'Every fixed IP of the port.',
    }),
    port_state: str({ mode: 'computed', description: 'Neutron port status (ACTIVE, DOWN, BUILD).' }),
  },
  rules: [
    // A port implies its network and fixed IP; all three appear in an imported state. Accepted together while
    // they describe the same port, which the resource checks against the cloud.
    { alternatives: ['port_id', 'network_id'] },
    { alternatives: ['port_id', 'fixed_ip'] },
    { requiredWithAny: ['fixed_ip', ['network_id', 'port_id']] },
  ],
});
