// https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NovaformProviderConfig {
  /**
  * Huawei/OTC access key: sign requests with AK/SK instead of a token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#access_key NovaformProvider#access_key}
  */
  readonly accessKey?: string;
  /**
  * Application credential id (OS_APPLICATION_CREDENTIAL_ID).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#application_credential_id NovaformProvider#application_credential_id}
  */
  readonly applicationCredentialId?: string;
  /**
  * Application credential name (OS_APPLICATION_CREDENTIAL_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#application_credential_name NovaformProvider#application_credential_name}
  */
  readonly applicationCredentialName?: string;
  /**
  * Application credential secret (OS_APPLICATION_CREDENTIAL_SECRET).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#application_credential_secret NovaformProvider#application_credential_secret}
  */
  readonly applicationCredentialSecret?: string;
  /**
  * Keystone v3 URL (OS_AUTH_URL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#auth_url NovaformProvider#auth_url}
  */
  readonly authUrl?: string;
  /**
  * CA bundle to verify TLS with (OS_CACERT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#cacert_file NovaformProvider#cacert_file}
  */
  readonly cacertFile?: string;
  /**
  * Cloud name in clouds.yaml (OS_CLOUD).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#cloud NovaformProvider#cloud}
  */
  readonly cloud?: string;
  /**
  * CTyun EOP access key for ECI (otherwise the Keystone token is used).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#eci_access_key NovaformProvider#eci_access_key}
  */
  readonly eciAccessKey?: string;
  /**
  * ECI endpoint (default: the catalog's eci entry).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#eci_endpoint NovaformProvider#eci_endpoint}
  */
  readonly eciEndpoint?: string;
  /**
  * ECI regionId header (default: the region).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#eci_region_id NovaformProvider#eci_region_id}
  */
  readonly eciRegionId?: string;
  /**
  * CTyun EOP secret key for ECI.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#eci_secret_key NovaformProvider#eci_secret_key}
  */
  readonly eciSecretKey?: string;
  /**
  * Store of the embedded engine (default .novaform/engine.db under the working directory).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#embedded_data NovaformProvider#embedded_data}
  */
  readonly embeddedData?: string;
  /**
  * Service type → endpoint URL, bypassing the catalog (e.g. compute = "https://…/v2.1").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#endpoint_overrides NovaformProvider#endpoint_overrides}
  */
  readonly endpointOverrides?: { [key: string]: string };
  /**
  * Skip TLS certificate verification (OS_INSECURE).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#insecure NovaformProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Endpoint interface: public, internal or admin (OS_INTERFACE).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#interface NovaformProvider#interface}
  */
  readonly interface?: string;
  /**
  * Retries of throttled, failed (5xx) and busy (409 task in progress) requests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#max_retries NovaformProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Password (OS_PASSWORD).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#password NovaformProvider#password}
  */
  readonly password?: string;
  /**
  * First polling interval of waits (grows to a cap); short against the embedded engine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#poll_interval_ms NovaformProvider#poll_interval_ms}
  */
  readonly pollIntervalMs?: number;
  /**
  * Project domain name (OS_PROJECT_DOMAIN_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#project_domain_name NovaformProvider#project_domain_name}
  */
  readonly projectDomainName?: string;
  /**
  * Project id (OS_PROJECT_ID).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#project_id NovaformProvider#project_id}
  */
  readonly projectId?: string;
  /**
  * Project name (OS_PROJECT_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#project_name NovaformProvider#project_name}
  */
  readonly projectName?: string;
  /**
  * Region (OS_REGION_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#region NovaformProvider#region}
  */
  readonly region?: string;
  /**
  * Huawei/OTC secret key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#secret_key NovaformProvider#secret_key}
  */
  readonly secretKey?: string;
  /**
  * A Keystone token to use instead of credentials (OS_TOKEN).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#token NovaformProvider#token}
  */
  readonly token?: string;
  /**
  * User domain name (OS_USER_DOMAIN_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#user_domain_name NovaformProvider#user_domain_name}
  */
  readonly userDomainName?: string;
  /**
  * User id (OS_USER_ID).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#user_id NovaformProvider#user_id}
  */
  readonly userId?: string;
  /**
  * User name (OS_USERNAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#user_name NovaformProvider#user_name}
  */
  readonly userName?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#alias NovaformProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs novaform}
*/
export class NovaformProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "novaform";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NovaformProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NovaformProvider to import
  * @param importFromId The id of the existing NovaformProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NovaformProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "novaform", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs novaform} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NovaformProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: NovaformProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'novaform',
      terraformGeneratorMetadata: {
        providerName: 'novaform',
        providerVersion: '0.1.0',
        providerVersionConstraint: '~> 0.1'
      },
      terraformProviderSource: 'registry.terraform.io/novaform/novaform'
    });
    this._accessKey = config.accessKey;
    this._applicationCredentialId = config.applicationCredentialId;
    this._applicationCredentialName = config.applicationCredentialName;
    this._applicationCredentialSecret = config.applicationCredentialSecret;
    this._authUrl = config.authUrl;
    this._cacertFile = config.cacertFile;
    this._cloud = config.cloud;
    this._eciAccessKey = config.eciAccessKey;
    this._eciEndpoint = config.eciEndpoint;
    this._eciRegionId = config.eciRegionId;
    this._eciSecretKey = config.eciSecretKey;
    this._embeddedData = config.embeddedData;
    this._endpointOverrides = config.endpointOverrides;
    this._insecure = config.insecure;
    this._interface = config.interface;
    this._maxRetries = config.maxRetries;
    this._password = config.password;
    this._pollIntervalMs = config.pollIntervalMs;
    this._projectDomainName = config.projectDomainName;
    this._projectId = config.projectId;
    this._projectName = config.projectName;
    this._region = config.region;
    this._secretKey = config.secretKey;
    this._token = config.token;
    this._userDomainName = config.userDomainName;
    this._userId = config.userId;
    this._userName = config.userName;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_key - computed: false, optional: true, required: false
  private _accessKey?: string; 
  public get accessKey() {
    return this._accessKey;
  }
  public set accessKey(value: string | undefined) {
    this._accessKey = value;
  }
  public resetAccessKey() {
    this._accessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyInput() {
    return this._accessKey;
  }

  // application_credential_id - computed: false, optional: true, required: false
  private _applicationCredentialId?: string; 
  public get applicationCredentialId() {
    return this._applicationCredentialId;
  }
  public set applicationCredentialId(value: string | undefined) {
    this._applicationCredentialId = value;
  }
  public resetApplicationCredentialId() {
    this._applicationCredentialId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationCredentialIdInput() {
    return this._applicationCredentialId;
  }

  // application_credential_name - computed: false, optional: true, required: false
  private _applicationCredentialName?: string; 
  public get applicationCredentialName() {
    return this._applicationCredentialName;
  }
  public set applicationCredentialName(value: string | undefined) {
    this._applicationCredentialName = value;
  }
  public resetApplicationCredentialName() {
    this._applicationCredentialName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationCredentialNameInput() {
    return this._applicationCredentialName;
  }

  // application_credential_secret - computed: false, optional: true, required: false
  private _applicationCredentialSecret?: string; 
  public get applicationCredentialSecret() {
    return this._applicationCredentialSecret;
  }
  public set applicationCredentialSecret(value: string | undefined) {
    this._applicationCredentialSecret = value;
  }
  public resetApplicationCredentialSecret() {
    this._applicationCredentialSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationCredentialSecretInput() {
    return this._applicationCredentialSecret;
  }

  // auth_url - computed: false, optional: true, required: false
  private _authUrl?: string; 
  public get authUrl() {
    return this._authUrl;
  }
  public set authUrl(value: string | undefined) {
    this._authUrl = value;
  }
  public resetAuthUrl() {
    this._authUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authUrlInput() {
    return this._authUrl;
  }

  // cacert_file - computed: false, optional: true, required: false
  private _cacertFile?: string; 
  public get cacertFile() {
    return this._cacertFile;
  }
  public set cacertFile(value: string | undefined) {
    this._cacertFile = value;
  }
  public resetCacertFile() {
    this._cacertFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacertFileInput() {
    return this._cacertFile;
  }

  // cloud - computed: false, optional: true, required: false
  private _cloud?: string; 
  public get cloud() {
    return this._cloud;
  }
  public set cloud(value: string | undefined) {
    this._cloud = value;
  }
  public resetCloud() {
    this._cloud = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInput() {
    return this._cloud;
  }

  // eci_access_key - computed: false, optional: true, required: false
  private _eciAccessKey?: string; 
  public get eciAccessKey() {
    return this._eciAccessKey;
  }
  public set eciAccessKey(value: string | undefined) {
    this._eciAccessKey = value;
  }
  public resetEciAccessKey() {
    this._eciAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eciAccessKeyInput() {
    return this._eciAccessKey;
  }

  // eci_endpoint - computed: false, optional: true, required: false
  private _eciEndpoint?: string; 
  public get eciEndpoint() {
    return this._eciEndpoint;
  }
  public set eciEndpoint(value: string | undefined) {
    this._eciEndpoint = value;
  }
  public resetEciEndpoint() {
    this._eciEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eciEndpointInput() {
    return this._eciEndpoint;
  }

  // eci_region_id - computed: false, optional: true, required: false
  private _eciRegionId?: string; 
  public get eciRegionId() {
    return this._eciRegionId;
  }
  public set eciRegionId(value: string | undefined) {
    this._eciRegionId = value;
  }
  public resetEciRegionId() {
    this._eciRegionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eciRegionIdInput() {
    return this._eciRegionId;
  }

  // eci_secret_key - computed: false, optional: true, required: false
  private _eciSecretKey?: string; 
  public get eciSecretKey() {
    return this._eciSecretKey;
  }
  public set eciSecretKey(value: string | undefined) {
    this._eciSecretKey = value;
  }
  public resetEciSecretKey() {
    this._eciSecretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eciSecretKeyInput() {
    return this._eciSecretKey;
  }

  // embedded_data - computed: false, optional: true, required: false
  private _embeddedData?: string; 
  public get embeddedData() {
    return this._embeddedData;
  }
  public set embeddedData(value: string | undefined) {
    this._embeddedData = value;
  }
  public resetEmbeddedData() {
    this._embeddedData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get embeddedDataInput() {
    return this._embeddedData;
  }

  // endpoint_overrides - computed: false, optional: true, required: false
  private _endpointOverrides?: { [key: string]: string }; 
  public get endpointOverrides() {
    return this._endpointOverrides;
  }
  public set endpointOverrides(value: { [key: string]: string } | undefined) {
    this._endpointOverrides = value;
  }
  public resetEndpointOverrides() {
    this._endpointOverrides = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointOverridesInput() {
    return this._endpointOverrides;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // interface - computed: false, optional: true, required: false
  private _interface?: string; 
  public get interface() {
    return this._interface;
  }
  public set interface(value: string | undefined) {
    this._interface = value;
  }
  public resetInterface() {
    this._interface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get interfaceInput() {
    return this._interface;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // poll_interval_ms - computed: false, optional: true, required: false
  private _pollIntervalMs?: number; 
  public get pollIntervalMs() {
    return this._pollIntervalMs;
  }
  public set pollIntervalMs(value: number | undefined) {
    this._pollIntervalMs = value;
  }
  public resetPollIntervalMs() {
    this._pollIntervalMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pollIntervalMsInput() {
    return this._pollIntervalMs;
  }

  // project_domain_name - computed: false, optional: true, required: false
  private _projectDomainName?: string; 
  public get projectDomainName() {
    return this._projectDomainName;
  }
  public set projectDomainName(value: string | undefined) {
    this._projectDomainName = value;
  }
  public resetProjectDomainName() {
    this._projectDomainName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectDomainNameInput() {
    return this._projectDomainName;
  }

  // project_id - computed: false, optional: true, required: false
  private _projectId?: string; 
  public get projectId() {
    return this._projectId;
  }
  public set projectId(value: string | undefined) {
    this._projectId = value;
  }
  public resetProjectId() {
    this._projectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // project_name - computed: false, optional: true, required: false
  private _projectName?: string; 
  public get projectName() {
    return this._projectName;
  }
  public set projectName(value: string | undefined) {
    this._projectName = value;
  }
  public resetProjectName() {
    this._projectName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectNameInput() {
    return this._projectName;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this._region;
  }
  public set region(value: string | undefined) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // secret_key - computed: false, optional: true, required: false
  private _secretKey?: string; 
  public get secretKey() {
    return this._secretKey;
  }
  public set secretKey(value: string | undefined) {
    this._secretKey = value;
  }
  public resetSecretKey() {
    this._secretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this._token;
  }
  public set token(value: string | undefined) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // user_domain_name - computed: false, optional: true, required: false
  private _userDomainName?: string; 
  public get userDomainName() {
    return this._userDomainName;
  }
  public set userDomainName(value: string | undefined) {
    this._userDomainName = value;
  }
  public resetUserDomainName() {
    this._userDomainName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDomainNameInput() {
    return this._userDomainName;
  }

  // user_id - computed: false, optional: true, required: false
  private _userId?: string; 
  public get userId() {
    return this._userId;
  }
  public set userId(value: string | undefined) {
    this._userId = value;
  }
  public resetUserId() {
    this._userId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }

  // user_name - computed: false, optional: true, required: false
  private _userName?: string; 
  public get userName() {
    return this._userName;
  }
  public set userName(value: string | undefined) {
    this._userName = value;
  }
  public resetUserName() {
    this._userName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userNameInput() {
    return this._userName;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public override get alias() {
    return this._alias;
  }
  public override set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      access_key: cdktf.stringToTerraform(this._accessKey),
      application_credential_id: cdktf.stringToTerraform(this._applicationCredentialId),
      application_credential_name: cdktf.stringToTerraform(this._applicationCredentialName),
      application_credential_secret: cdktf.stringToTerraform(this._applicationCredentialSecret),
      auth_url: cdktf.stringToTerraform(this._authUrl),
      cacert_file: cdktf.stringToTerraform(this._cacertFile),
      cloud: cdktf.stringToTerraform(this._cloud),
      eci_access_key: cdktf.stringToTerraform(this._eciAccessKey),
      eci_endpoint: cdktf.stringToTerraform(this._eciEndpoint),
      eci_region_id: cdktf.stringToTerraform(this._eciRegionId),
      eci_secret_key: cdktf.stringToTerraform(this._eciSecretKey),
      embedded_data: cdktf.stringToTerraform(this._embeddedData),
      endpoint_overrides: cdktf.hashMapper(cdktf.stringToTerraform)(this._endpointOverrides),
      insecure: cdktf.booleanToTerraform(this._insecure),
      interface: cdktf.stringToTerraform(this._interface),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      password: cdktf.stringToTerraform(this._password),
      poll_interval_ms: cdktf.numberToTerraform(this._pollIntervalMs),
      project_domain_name: cdktf.stringToTerraform(this._projectDomainName),
      project_id: cdktf.stringToTerraform(this._projectId),
      project_name: cdktf.stringToTerraform(this._projectName),
      region: cdktf.stringToTerraform(this._region),
      secret_key: cdktf.stringToTerraform(this._secretKey),
      token: cdktf.stringToTerraform(this._token),
      user_domain_name: cdktf.stringToTerraform(this._userDomainName),
      user_id: cdktf.stringToTerraform(this._userId),
      user_name: cdktf.stringToTerraform(this._userName),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_key: {
        value: cdktf.stringToHclTerraform(this._accessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      application_credential_id: {
        value: cdktf.stringToHclTerraform(this._applicationCredentialId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      application_credential_name: {
        value: cdktf.stringToHclTerraform(this._applicationCredentialName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      application_credential_secret: {
        value: cdktf.stringToHclTerraform(this._applicationCredentialSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      auth_url: {
        value: cdktf.stringToHclTerraform(this._authUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cacert_file: {
        value: cdktf.stringToHclTerraform(this._cacertFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud: {
        value: cdktf.stringToHclTerraform(this._cloud),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eci_access_key: {
        value: cdktf.stringToHclTerraform(this._eciAccessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eci_endpoint: {
        value: cdktf.stringToHclTerraform(this._eciEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eci_region_id: {
        value: cdktf.stringToHclTerraform(this._eciRegionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eci_secret_key: {
        value: cdktf.stringToHclTerraform(this._eciSecretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      embedded_data: {
        value: cdktf.stringToHclTerraform(this._embeddedData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint_overrides: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._endpointOverrides),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      interface: {
        value: cdktf.stringToHclTerraform(this._interface),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      poll_interval_ms: {
        value: cdktf.numberToHclTerraform(this._pollIntervalMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      project_domain_name: {
        value: cdktf.stringToHclTerraform(this._projectDomainName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_name: {
        value: cdktf.stringToHclTerraform(this._projectName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_key: {
        value: cdktf.stringToHclTerraform(this._secretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_domain_name: {
        value: cdktf.stringToHclTerraform(this._userDomainName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_id: {
        value: cdktf.stringToHclTerraform(this._userId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_name: {
        value: cdktf.stringToHclTerraform(this._userName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
