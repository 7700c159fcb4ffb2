// Connection settings found the way the OpenStack clients find them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloudConfigError, cloudsYamlCandidates, resolveCloud } from '../../provider/client/cloud-config';
import { cloudsYaml } from '../../provider/cli/engine';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-clouds-'));

test('nothing configured → undefined (the embedded engine)', () => {
  expect(resolveCloud({}, {}, dir())).toBeUndefined();
});

test('OS_* variables', () => {
  const c = resolveCloud(
    {},
    {
      OS_AUTH_URL: 'http://k/v3',
      OS_USERNAME: 'u',
      OS_PASSWORD: 'p',
      OS_PROJECT_NAME: 'pr',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_REGION_NAME: 'R1',
      OS_INTERFACE: 'internal',
      OS_INSECURE: 'true',
    },
    dir(),
  )!;
  expect(c).toMatchObject({
    auth: { authUrl: 'http://k/v3', username: 'u', password: 'p', projectName: 'pr', userDomainName: 'Default' },
    region: 'R1',
    interface: 'internal',
    insecure: true,
    source: 'OS_* environment variables',
  });
});

test('OS_CLOUD picks a cloud from OS_CLIENT_CONFIG_FILE, with secure.yaml merged and explicit settings on top', () => {
  const d = dir();
  fs.writeFileSync(path.join(d, 'clouds.yaml'), cloudsYaml('http://127.0.0.1:9/identity/v3'));
  fs.writeFileSync(path.join(d, 'secure.yaml'), 'clouds:\n  novaform-alt:\n    auth:\n      password: from-secure\n');
  const env = { OS_CLIENT_CONFIG_FILE: path.join(d, 'clouds.yaml'), OS_CLOUD: 'novaform-alt' };
  const c = resolveCloud({}, env, d)!;
  expect(c.auth).toMatchObject({
    authUrl: 'http://127.0.0.1:9/identity/v3',
    username: 'alt_demo',
    password: 'from-secure',
    projectName: 'alt_demo',
    userDomainName: 'Default',
  });
  expect(c.region).toBe('RegionOne');
  expect(c.source).toContain("cloud 'novaform-alt'");
  expect(resolveCloud({ cloud: 'novaform', region: 'Other', password: 'explicit' }, env, d)!).toMatchObject({
    auth: { username: 'demo', password: 'explicit' },
    region: 'Other',
  });
});

test('./clouds.yaml is found from the working directory; an unknown cloud is an error, not "unconfigured"', () => {
  const d = dir();
  fs.writeFileSync(path.join(d, 'clouds.yaml'), cloudsYaml('http://x/identity/v3'));
  expect(cloudsYamlCandidates({}, d)[0]).toBe(path.join(d, 'clouds.yaml'));
  expect(resolveCloud({ cloud: 'novaform-admin' }, {}, d)!.auth.username).toBe('admin');
  expect(() => resolveCloud({ cloud: 'nope' }, {}, d)).toThrow(CloudConfigError);
  expect(() => resolveCloud({ cloud: 'nope' }, {}, d)).toThrow(
    /is not in .*clouds\.yaml \(it has: novaform, novaform-alt, novaform-admin\)/,
  );
});
