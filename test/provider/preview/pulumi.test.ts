// Previews of `pulumi preview --json` digests (fixtures built from Pulumi's documented format: steps with op,
// urn, oldState/newState, diffReasons, replaceReasons, detailedDiff) and of novaform resources in a Terraform
// plan: reasons, destructive in-place operations and secrets all come from the schema.
import fs from 'node:fs';
import path from 'node:path';
import {
  PlanInputError,
  buildPreview,
  renderJson,
  renderMarkdown,
  renderText,
  summarize,
  summaryLine,
  type Preview,
} from '../../../provider/preview';
import { serverSchema } from '../../../provider/schema/server';
import { expectGolden } from './golden';

const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));
const pulumi = (name: string) => buildPreview({ pulumi: fixture(name) }, [serverSchema]);
const get = (p: Preview, address: string) => p.resources.find((r) => r.address === address)!;

/** Values that must never reach any rendering (plain in the fixture where the plan did not mark them). */
const PULUMI_SECRETS = ['P1aintext-admin-pass', 'v1:cipher:AAAA'];

test.each([
  ['pulumi-mixed.json', 'Plan: 2 to add, 1 to change, 1 to replace, 1 to destroy, 1 unchanged.'],
  ['pulumi-create.json', 'Plan: 2 to add, 0 to change, 1 to replace, 0 to destroy, 0 unchanged.'],
])('%s: summary and golden Markdown', (name, line) => {
  const p = pulumi(name);
  expect(summaryLine(summarize(p))).toBe(line);
  expectGolden(name.replace('.json', '.md'), renderMarkdown(p));
});

test("a replacement is one resource, ordered by its physical steps, with the schema's reason", () => {
  const db = get(pulumi('pulumi-mixed.json'), 'db');
  expect(db).toMatchObject({
    action: 'replace',
    replaceOrder: 'create-first',
    type: 'novaform:index:Server',
    novaform: true,
  });
  expect(db.replaceReasons).toEqual([{ path: 'keyPair', reason: 'the keypair is injected at boot' }]);
  const rotate = get(pulumi('pulumi-create.json'), 'rotate');
  expect(rotate).toMatchObject({ action: 'replace', replaceOrder: 'delete-first', novaform: false });
  expect(rotate.replaceReasons).toEqual([{ path: 'publicKey', reason: 'the provider cannot update it in place' }]);
});

test('an image change on a server is flagged as a rebuild that erases the disk', () => {
  const p = pulumi('pulumi-mixed.json');
  expect(get(p, 'web').destructive).toEqual([
    {
      path: 'imageId',
      reason: `rebuild: ${(serverSchema.fields.image_id.change as { destructive: string }).destructive}`,
    },
  ]);
  expect(renderMarkdown(p)).toContain(
    '`~ web (novaform:index:Server)` is changed in place by an operation that **erases data** — `imageId`: rebuild:',
  );
});

test('secrets: [secret], signed secrets and schema-sensitive fields are masked; a changed secret still shows', () => {
  const p = pulumi('pulumi-mixed.json');
  for (const out of [renderMarkdown(p), renderText(p), renderJson(p)])
    for (const s of PULUMI_SECRETS) expect(out).not.toContain(s);
  expect(JSON.stringify(fixture('pulumi-mixed.json'))).toContain(PULUMI_SECRETS[0]);
  expect(renderText(p)).toContain('+ adminPass = (sensitive)');
  expect(renderText(p)).toContain('+ userData = (sensitive)');
  expect(renderText(p)).toContain('~ adminPass = (sensitive) → (sensitive)');
  const json = JSON.parse(renderJson(p)) as {
    resources: { address: string; changes: { path: string; afterSensitive?: boolean; after: unknown }[] }[];
  };
  expect(json.resources.find((r) => r.address === 'api')!.changes.find((c) => c.path === 'adminPass')).toEqual({
    path: 'adminPass',
    kind: 'add',
    before: null,
    after: null,
    afterSensitive: true,
  });
});

test('dependencies are the URNs of newState.dependencies', () => {
  const p = pulumi('pulumi-mixed.json');
  expect(get(p, 'web').dependsOn).toEqual(['urn:pulumi:dev::shop::novaform:index:Keypair::deploy']);
});

// A novaform_server in Terraform's plan format (the novaform Terraform provider is not on this machine yet).
function serverPlan(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  actions: string[],
  replacePaths: string[][] = [],
): unknown {
  return {
    format_version: '1.2',
    resource_changes: [
      {
        address: 'novaform_server.app',
        mode: 'managed',
        type: 'novaform_server',
        name: 'app',
        provider_name: 'registry.terraform.io/novaform/novaform',
        change: {
          actions,
          before,
          after,
          after_unknown: { status: true },
          before_sensitive: {},
          after_sensitive: {},
          ...(replacePaths.length ? { replace_paths: replacePaths } : {}),
        },
        ...(replacePaths.length ? { action_reason: 'replace_because_cannot_update' } : {}),
      },
    ],
  };
}
const app = {
  id: 'a1',
  name: 'app',
  image_id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
  flavor_id: '2',
  key_pair: 'k1',
  admin_pass: 'Unmarked-Admin-Pass-1',
  image_change: 'rebuild',
  status: 'ACTIVE',
};

test(
  'terraform novaform_server: rebuild flagged, replacement reasons from the schema, ' +
    'admin_pass masked though unmarked',
  () => {
    const rebuild = buildPreview(
      {
        terraform: serverPlan(app, { ...app, image_id: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', flavor_id: '3' }, [
          'update',
        ]),
      },
      [serverSchema],
    );
    expect(rebuild.resources[0].destructive.map((d) => d.path)).toEqual(['image_id']);
    const imageReplace = buildPreview(
      {
        terraform: serverPlan(
          app,
          { ...app, image_id: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', image_change: 'replace' },
          ['create', 'delete'],
          [['image_id']],
        ),
      },
      [serverSchema],
    );
    expect(imageReplace.resources[0].replaceReasons).toEqual([
      { path: 'image_id', reason: 'image changed and image_change = "replace"' },
    ]);
    const kp = buildPreview(
      {
        terraform: serverPlan(
          app,
          { ...app, key_pair: 'k2', admin_pass: 'Unmarked-Admin-Pass-2' },
          ['delete', 'create'],
          [['key_pair']],
        ),
      },
      [serverSchema],
    );
    expect(kp.resources[0].replaceReasons).toEqual([{ path: 'key_pair', reason: 'the keypair is injected at boot' }]);
    for (const p of [rebuild, imageReplace, kp]) {
      for (const out of [renderMarkdown(p), renderText(p), renderJson(p)])
        expect(out).not.toMatch(/Unmarked-Admin-Pass/);
    }
    expect(renderText(kp)).toContain('~ admin_pass = (sensitive) → (sensitive)');
  },
);

test.each([
  [{ steps: 'x' }, 'steps must be an array'],
  [{ steps: [{ op: 'create' }] }, 'steps[0].urn must be a string'],
  [{ steps: [{ op: 'explode', urn: 'urn:pulumi:a::b::t::n' }] }, 'steps[0].op: unknown step op "explode"'],
  [{ steps: [{ op: 'create', urn: 'not-a-urn' }] }, 'steps[0].urn is not a Pulumi URN'],
])('bad Pulumi input is refused with the field named: %j', (input, message) => {
  expect(() => buildPreview({ pulumi: input })).toThrow(PlanInputError);
  expect(() => buildPreview({ pulumi: input })).toThrow(message);
});

test.each([
  [{}, 'format_version must be "1.x"'],
  [{ format_version: '1.2', resource_changes: {} }, 'resource_changes must be an array'],
  [
    {
      format_version: '1.2',
      resource_changes: [{ address: 'a.b', type: 'a', name: 'b', change: { actions: ['explode'] } }],
    },
    'resource_changes[0].change.actions: unknown combination [explode]',
  ],
  [
    { format_version: '1.2', resource_changes: [{ address: 'a.b', type: 'a', name: 'b' }] },
    'resource_changes[0].change (a.b) must be an object',
  ],
])('bad Terraform input is refused with the field named: %j', (input, message) => {
  expect(() => buildPreview({ terraform: input })).toThrow(message);
});

test('a preview without changes says so', () => {
  const urn = 'urn:pulumi:dev::shop::novaform:index:Server::web';
  const same = buildPreview({
    pulumi: {
      steps: [
        {
          op: 'same',
          urn,
          oldState: { urn, type: 'novaform:index:Server', inputs: { name: 'web' } },
          newState: { urn, type: 'novaform:index:Server', inputs: { name: 'web' } },
        },
      ],
    },
  });
  const md = renderMarkdown(same);
  expect(md).toContain('**Plan: 0 to add, 0 to change, 0 to replace, 0 to destroy, 1 unchanged.**');
  expect(md).toContain('_No changes: the infrastructure matches the configuration._');
  expect(md).not.toContain('Destructive');
  expect(md).not.toContain('mermaid');
});
