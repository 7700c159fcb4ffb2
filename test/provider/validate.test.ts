// Validation derived from the schemas: every rule names the field, values not known yet (another resource's
// output at plan time) are neither missing nor wrong, and formats the schemas use are checked.
import { serverSchema } from '../../provider/schema/server';
import { validateInputs } from '../../provider/schema/validate';
import { UNKNOWN } from '../../provider/schema/values';

const ok = { name: 'web', flavor_id: '1', image_id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' };
const paths = (inputs: Record<string, unknown>) =>
  validateInputs(serverSchema, inputs).map((e) => `${e.path}: ${e.message}`);

test('valid inputs, and values not known yet, pass', () => {
  expect(paths(ok)).toEqual([]);
  expect(paths({ name: UNKNOWN, flavor_id: UNKNOWN, image_id: UNKNOWN })).toEqual([]);
  // alternatives(flavor_id, flavor_name), required, with the one given still unknown; a custom check skips
  // unknown blocks.
  expect(paths({ ...ok, flavor_id: UNKNOWN, block_device: UNKNOWN })).toEqual([]);
  expect(paths({ ...ok, network: [{ uuid: UNKNOWN }] })).toEqual([]);
});

test('each rule names its field', () => {
  // Alternatives may both be set (a generated import configuration sets both); whether they agree is the
  // resource's question for the cloud (test/provider/terraform/import-generated.test.ts).
  expect(paths({ ...ok, flavor_name: 'm1.tiny' })).toEqual([]);
  expect(paths({ name: 'web', image_id: ok.image_id })).toEqual([
    'flavor_id: one of flavor_id, flavor_name is required',
  ]);
  expect(paths({ ...ok, access_ip_v4: '10.0.0.300' })).toEqual([
    expect.stringMatching(/^access_ip_v4: must be string to match 'ipv4' format/),
  ]);
  expect(paths({ ...ok, access_ip_v4: '10.0.0.3' })).toEqual([]);
  expect(paths({ ...ok, network: [{ uuid: 'not-a-uuid' }] })).toEqual([
    expect.stringMatching(/^network\[0\]\.uuid: must be string to match/),
  ]);
  expect(paths({ ...ok, metadata: { k: 5 } })).toEqual(['metadata.k: must be string']);
  expect(paths({ ...ok, locked_reason: 'x' })).toEqual(['locked: is required when locked_reason is set']);
});
