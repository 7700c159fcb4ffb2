// The provider's own configuration (Terraform `provider "novaform" {}`, Pulumi `novaform:*` config keys).
// Everything falls back to OS_* variables and clouds.yaml as the OpenStack clients find them; with nothing
// configured the provider runs the embedded engine.
import { Type } from '@sinclair/typebox';
import { attr, bool, int, local, str, strMap, type Fields } from './dsl';

const o = (description: string, extra: { sensitive?: boolean } = {}) => ({ description, change: local, ...extra });

export const providerFields = {
  cloud: str(o('Cloud name in clouds.yaml (OS_CLOUD).')),
  auth_url: str(o('Keystone v3 URL (OS_AUTH_URL).')),
  region: str(o('Region (OS_REGION_NAME).')),
  interface: str(o('Endpoint interface: public, internal or admin (OS_INTERFACE).')),
  user_name: str(o('User name (OS_USERNAME).')),
  user_id: str(o('User id (OS_USER_ID).')),
  password: str(o('Password (OS_PASSWORD).', { sensitive: true })),
  user_domain_name: str(o('User domain name (OS_USER_DOMAIN_NAME).')),
  project_name: str(o('Project name (OS_PROJECT_NAME).')),
  project_id: str(o('Project id (OS_PROJECT_ID).')),
  project_domain_name: str(o('Project domain name (OS_PROJECT_DOMAIN_NAME).')),
  application_credential_id: str(o('Application credential id (OS_APPLICATION_CREDENTIAL_ID).')),
  application_credential_name: str(o('Application credential name (OS_APPLICATION_CREDENTIAL_NAME).')),
  application_credential_secret: str(
    o('Application credential secret (OS_APPLICATION_CREDENTIAL_SECRET).', { sensitive: true }),
  ),
  token: str(o('A Keystone token to use instead of credentials (OS_TOKEN).', { sensitive: true })),
  endpoint_overrides: strMap(
    o('Service type → endpoint URL, bypassing the catalog (e.g. compute = "https://…/v2.1").'),
  ),
  insecure: bool(o('Skip TLS certificate verification (OS_INSECURE).')),
  cacert_file: str(o('CA bundle to verify TLS with (OS_CACERT).')),
  access_key: str(o('Huawei/OTC access key: sign requests with AK/SK instead of a token.')),
  secret_key: str(o('Huawei/OTC secret key.', { sensitive: true })),
  eci_endpoint: str(o("ECI endpoint (default: the catalog's eci entry).")),
  eci_region_id: str(o('ECI regionId header (default: the region).')),
  eci_access_key: str(o('CTyun EOP access key for ECI (otherwise the Keystone token is used).')),
  eci_secret_key: str(o('CTyun EOP secret key for ECI.', { sensitive: true })),
  embedded_data: str(o('Store of the embedded engine (default .novaform/engine.db under the working directory).')),
  max_retries: int(o('Retries of throttled, failed (5xx) and busy (409 task in progress) requests.'), {
    minimum: 0,
    maximum: 20,
  }),
  poll_interval_ms: attr(
    Type.Integer({ minimum: 1 }),
    o('First polling interval of waits (grows to a cap); short against the embedded engine.'),
  ),
} satisfies Fields;

export type ProviderConfig = { [K in keyof typeof providerFields]?: unknown } & Record<string, unknown>;
