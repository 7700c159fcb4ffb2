// A Nova server group (as `openstack_compute_servergroup_v2`): a scheduling policy servers join at boot with
// the `group` scheduler hint. Nothing about a group can change in place, so every input replaces it.
import { Type } from '@sinclair/typebox';
import { attr, block, defineResource, int, replace, str } from './dsl';
import { LIMITS } from './limits';

export const GROUP_POLICIES = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'] as const;
const FIXED = 'a server group cannot change after it is created';

export const serverGroupSchema = defineResource({
  name: 'ServerGroup',
  terraform: 'novaform_server_group',
  description: 'A server group: servers booted into it (Server scheduler_hints.group) are placed by its policy.',
  version: 1,
  importId: 'the server group id',
  timeouts: { create: 60_000, update: 60_000, delete: 60_000 },
  fields: {
    name: str(
      { mode: 'required', description: 'Group name.', change: replace(FIXED) },
      { minLength: 1, maxLength: LIMITS.name, pattern: '^(?! )[\\S ]*(?<! )$' },
    ),
    policies: attr(Type.Array(Type.Union(GROUP_POLICIES.map((p) => Type.Literal(p))), { minItems: 1, maxItems: 1 }), {
      mode: 'required',
      description:
        `The policy, as a one-element list: one of ${GROUP_POLICIES.join(', ')}. ` +
        `Hard policies fail a boot that cannot satisfy them; soft ones only weigh hosts.`,
      change: replace(FIXED),
    }),
    rules: block(
      'single',
      {
        max_server_per_host: int(
          {
            mode: 'required',
            description: 'At most this many members per host (anti-affinity only; microversion 2.64+).',
            change: replace(FIXED),
          },
          { minimum: 1 },
        ),
      },
      { description: 'Policy rules (anti-affinity only).', change: replace(FIXED) },
    ),
    // computed
    members: attr(Type.Array(Type.String()), { mode: 'computed', description: 'Ids of the servers in the group.' }),
    project_id: str({ mode: 'computed', description: 'The project owning the group.' }),
  },
  rules: [
    {
      check: (i) => {
        const rules = i.rules as { max_server_per_host?: unknown } | null | undefined;
        const policy = (i.policies as string[] | undefined)?.[0];
        return rules && policy !== undefined && policy !== 'anti-affinity'
          ? [{ path: 'rules', message: `can only be set with the anti-affinity policy (not ${policy})` }]
          : [];
      },
    },
  ],
});
