// Glance, Neutron and Cinder response shapes against their api-ref samples (test/fixtures/api-ref-samples,
// see SOURCE.md there). These services' fields depend on the extensions a deployment loads, and their
// samples disagree with each other (the network-show and networks-list samples list different fields),
// so the check is one-sided: every field a sample shows must be present, except those of extensions this
// engine does not advertise (GET /network/v2.0/extensions) — listed below, each with its extension.
// Extra fields (newer releases', or loaded extensions') are allowed.
import fs from 'node:fs';
import path from 'node:path';
import { bootServer, serve, type Served } from '../../helpers/http';
import { shape, shapeDiff } from './shape';

const sample = (rel: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'api-ref-samples', rel), 'utf8'));

let s: Served;
let portId: string;
let volumeId: string;
beforeAll(async () => {
  s = await serve();
  const server = await bootServer(s.demo, s);
  portId = (await s.demo.get(`/network/v2.0/ports?device_id=${server}`)).body.ports[0].id;
  volumeId = (await s.demo.post(`/volume/v3/${s.demo.projectId}/volumes`, { volume: { size: 1, name: 'shape' } })).body
    .volume.id;
});
afterAll(async () => {
  await s.running.close();
});

const NOT_ADVERTISED = [
  'qos_policy_id', // qos
  'provider:network_type',
  'provider:physical_network',
  'provider:segmentation_id', // provider (admin-only attributes)
  'segment_id', // segment
  'dns_assignment',
  'dns_domain',
  'dns_name', // dns-integration
  'data_plane_status', // data-plane-status
  'ip_allocation', // ip_allocation
  'uplink_status_propagation', // uplink-status-propagation
  'propagate_uplink_status', // uplink-status-propagation
];

async function diffOf(pathname: string, fixture: string, as = s.demo) {
  const res = await as.get(pathname);
  expect(res.status).toBe(200);
  return shapeDiff(shape(res.body), shape(sample(fixture))).filter(
    (d) => d.startsWith('missing') && !NOT_ADVERTISED.some((f) => d.endsWith(`.${f}`) || d.endsWith(` ${f}`)),
  );
}

test.each([
  ['/image/v2/images/9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c', 'glance/image-show-response.json'],
  ['/image/v2/images', 'glance/images-list-response.json'],
  ['/network/v2.0/networks/fb68519f-a7c0-476e-98d4-2e4cf6de6def', 'neutron/network-show-response.json'],
  ['/network/v2.0/networks', 'neutron/networks-list-response.json'],
  ['/network/v2.0/subnets/8e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f', 'neutron/subnet-show-response.json'],
  ['/network/v2.0/ports', 'neutron/ports-list-response.json'],
])('%s like %s', async (p, fixture) => {
  expect(await diffOf(p, fixture)).toEqual([]);
});

test('port, security group, rule, volume', async () => {
  expect(await diffOf(`/network/v2.0/ports/${portId}`, 'neutron/port-show-response.json')).toEqual([]);
  const sg = (await s.demo.get('/network/v2.0/security-groups?name=default')).body.security_groups[0];
  expect(await diffOf(`/network/v2.0/security-groups/${sg.id}`, 'neutron/security-group-show-response.json')).toEqual(
    [],
  );
  expect(
    await diffOf(
      `/network/v2.0/security-group-rules/${sg.security_group_rules[0].id}`,
      'neutron/security-group-rule-show-response.json',
    ),
  ).toEqual([]);
  // Cinder's sample is an admin's view (host, migration and cluster attributes).
  expect(
    await diffOf(
      `/volume/v3/${s.admin.projectId}/volumes/${volumeId}`,
      'cinder/volumes/v3.69/volume-show-response.json',
      s.admin,
    ),
  ).toEqual([]);
});
