// https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ContainerGroupConfig extends cdktf.TerraformMetaArguments {
  /**
  * ALS log instance id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#als_instance_id ContainerGroup#als_instance_id}
  */
  readonly alsInstanceId?: string;
  /**
  * Use (and create) a matching image cache.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#auto_match_image_cache ContainerGroup#auto_match_image_cache}
  */
  readonly autoMatchImageCache?: boolean | cdktf.IResolvable;
  /**
  * Group name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#container_group_name ContainerGroup#container_group_name}
  */
  readonly containerGroupName: string;
  /**
  * vCPUs of the group (default: the containers' sum, rounded to a flavor).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#cpu ContainerGroup#cpu}
  */
  readonly cpu?: number;
  /**
  * CPU architecture.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#cpu_architecture ContainerGroup#cpu_architecture}
  */
  readonly cpuArchitecture?: string;
  /**
  * Data cache bucket to match automatically.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#data_cache_bucket ContainerGroup#data_cache_bucket}
  */
  readonly dataCacheBucket?: string;
  /**
  * Enterprise project id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#ep_id ContainerGroup#ep_id}
  */
  readonly epId?: string;
  /**
  * Ephemeral storage in GB (40–2048).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#ephemeral_volume ContainerGroup#ephemeral_volume}
  */
  readonly ephemeralVolume?: number;
  /**
  * Instance flavor (e.g. s7.small.1); sets cpu and memory.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#flavor_name ContainerGroup#flavor_name}
  */
  readonly flavorName?: string;
  /**
  * GPU cards (required with a GPU flavor_name).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#gpu ContainerGroup#gpu}
  */
  readonly gpu?: number;
  /**
  * Host name of the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#host_name ContainerGroup#host_name}
  */
  readonly hostName?: string;
  /**
  * Delegated ECS role name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#iam_role_name ContainerGroup#iam_role_name}
  */
  readonly iamRoleName?: string;
  /**
  * Image cache id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#image_cache_id ContainerGroup#image_cache_id}
  */
  readonly imageCacheId?: string;
  /**
  * Memory of the group in GiB (default: the containers' sum).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#memory ContainerGroup#memory}
  */
  readonly memory?: number;
  /**
  * What happens when a container exits.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#restart_policy ContainerGroup#restart_policy}
  */
  readonly restartPolicy: string;
  /**
  * Security group id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#security_group_id ContainerGroup#security_group_id}
  */
  readonly securityGroupId: string;
  /**
  * Subnet id in the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#v_switch_id ContainerGroup#v_switch_id}
  */
  readonly vSwitchId: string;
  /**
  * VPC id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#vpc_id ContainerGroup#vpc_id}
  */
  readonly vpcId: string;
  /**
  * az_info block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#az_info ContainerGroup#az_info}
  */
  readonly azInfo: ContainerGroupAzInfo;
  /**
  * containers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#containers ContainerGroup#containers}
  */
  readonly containers: ContainerGroupContainers[] | cdktf.IResolvable;
  /**
  * dns_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#dns_config ContainerGroup#dns_config}
  */
  readonly dnsConfig?: ContainerGroupDnsConfig;
  /**
  * eip block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#eip ContainerGroup#eip}
  */
  readonly eip?: ContainerGroupEip;
  /**
  * host_aliases block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#host_aliases ContainerGroup#host_aliases}
  */
  readonly hostAliases?: ContainerGroupHostAliases[] | cdktf.IResolvable;
  /**
  * image_registry_credential block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#image_registry_credential ContainerGroup#image_registry_credential}
  */
  readonly imageRegistryCredential?: ContainerGroupImageRegistryCredential[] | cdktf.IResolvable;
  /**
  * init_containers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#init_containers ContainerGroup#init_containers}
  */
  readonly initContainers?: ContainerGroupInitContainers[] | cdktf.IResolvable;
  /**
  * security_context block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#security_context ContainerGroup#security_context}
  */
  readonly securityContext?: ContainerGroupSecurityContext;
  /**
  * tags block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#tags ContainerGroup#tags}
  */
  readonly tags?: ContainerGroupTags[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#timeouts ContainerGroup#timeouts}
  */
  readonly timeouts?: ContainerGroupTimeouts;
  /**
  * volumes block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#volumes ContainerGroup#volumes}
  */
  readonly volumes?: ContainerGroupVolumes[] | cdktf.IResolvable;
}
export interface ContainerGroupContainerStates {
}

export function containerGroupContainerStatesToTerraform(struct?: ContainerGroupContainerStates): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function containerGroupContainerStatesToHclTerraform(struct?: ContainerGroupContainerStates): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ContainerGroupContainerStatesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupContainerStates | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainerStates | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // exit_code - computed: true, optional: false, required: false
  public get exitCode() {
    return this.getNumberAttribute('exit_code');
  }

  // init - computed: true, optional: false, required: false
  public get init() {
    return this.getBooleanAttribute('init');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // ready - computed: true, optional: false, required: false
  public get ready() {
    return this.getBooleanAttribute('ready');
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // restart_count - computed: true, optional: false, required: false
  public get restartCount() {
    return this.getNumberAttribute('restart_count');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }
}

export class ContainerGroupContainerStatesList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupContainerStatesOutputReference {
    return new ContainerGroupContainerStatesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupAzInfo {
  /**
  * Availability zone id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#az_id ContainerGroup#az_id}
  */
  readonly azId?: number;
  /**
  * Availability zone name (e.g. cn-huadong1-jsnj1A-public-ctcloud).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#az_name ContainerGroup#az_name}
  */
  readonly azName: string;
}

export function containerGroupAzInfoToTerraform(struct?: ContainerGroupAzInfoOutputReference | ContainerGroupAzInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    az_id: cdktf.numberToTerraform(struct!.azId),
    az_name: cdktf.stringToTerraform(struct!.azName),
  }
}


export function containerGroupAzInfoToHclTerraform(struct?: ContainerGroupAzInfoOutputReference | ContainerGroupAzInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    az_id: {
      value: cdktf.numberToHclTerraform(struct!.azId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    az_name: {
      value: cdktf.stringToHclTerraform(struct!.azName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupAzInfoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): ContainerGroupAzInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._azId !== undefined) {
      hasAnyValues = true;
      internalValueResult.azId = this._azId;
    }
    if (this._azName !== undefined) {
      hasAnyValues = true;
      internalValueResult.azName = this._azName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupAzInfo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._azId = undefined;
      this._azName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._azId = value.azId;
      this._azName = value.azName;
    }
  }

  // az_id - computed: false, optional: true, required: false
  private _azId?: number; 
  public get azId() {
    return this.getNumberAttribute('az_id');
  }
  public set azId(value: number) {
    this._azId = value;
  }
  public resetAzId() {
    this._azId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azIdInput() {
    return this._azId;
  }

  // az_name - computed: false, optional: false, required: true
  private _azName?: string; 
  public get azName() {
    return this.getStringAttribute('az_name');
  }
  public set azName(value: string) {
    this._azName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get azNameInput() {
    return this._azName;
  }
}
export interface ContainerGroupContainersEnvironmentVar {
  /**
  * Variable name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#key ContainerGroup#key}
  */
  readonly key: string;
  /**
  * Variable value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#value ContainerGroup#value}
  */
  readonly value: string;
}

export function containerGroupContainersEnvironmentVarToTerraform(struct?: ContainerGroupContainersEnvironmentVar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function containerGroupContainersEnvironmentVarToHclTerraform(struct?: ContainerGroupContainersEnvironmentVar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersEnvironmentVarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupContainersEnvironmentVar | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersEnvironmentVar | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class ContainerGroupContainersEnvironmentVarList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupContainersEnvironmentVar[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupContainersEnvironmentVarOutputReference {
    return new ContainerGroupContainersEnvironmentVarOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupContainersLivenessProbeExec {
  /**
  * Command run in the container; exit 0 = success.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#command ContainerGroup#command}
  */
  readonly command: string[];
}

export function containerGroupContainersLivenessProbeExecToTerraform(struct?: ContainerGroupContainersLivenessProbeExec | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    command: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.command),
  }
}


export function containerGroupContainersLivenessProbeExecToHclTerraform(struct?: ContainerGroupContainersLivenessProbeExec | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    command: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.command),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersLivenessProbeExecOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersLivenessProbeExec | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._command !== undefined) {
      hasAnyValues = true;
      internalValueResult.command = this._command;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersLivenessProbeExec | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._command = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._command = value.command;
    }
  }

  // command - computed: false, optional: false, required: true
  private _command?: string[]; 
  public get command() {
    return this.getListAttribute('command');
  }
  public set command(value: string[]) {
    this._command = value;
  }
  // Temporarily expose input value. Use with caution.
  public get commandInput() {
    return this._command;
  }
}
export interface ContainerGroupContainersLivenessProbeHttpGet {
  /**
  * URL path (e.g. /healthz).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#path ContainerGroup#path}
  */
  readonly path: string;
  /**
  * Port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#port ContainerGroup#port}
  */
  readonly port: number;
  /**
  * Protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#scheme ContainerGroup#scheme}
  */
  readonly scheme: string;
}

export function containerGroupContainersLivenessProbeHttpGetToTerraform(struct?: ContainerGroupContainersLivenessProbeHttpGet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    path: cdktf.stringToTerraform(struct!.path),
    port: cdktf.numberToTerraform(struct!.port),
    scheme: cdktf.stringToTerraform(struct!.scheme),
  }
}


export function containerGroupContainersLivenessProbeHttpGetToHclTerraform(struct?: ContainerGroupContainersLivenessProbeHttpGet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    scheme: {
      value: cdktf.stringToHclTerraform(struct!.scheme),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersLivenessProbeHttpGetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersLivenessProbeHttpGet | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._scheme !== undefined) {
      hasAnyValues = true;
      internalValueResult.scheme = this._scheme;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersLivenessProbeHttpGet | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._path = undefined;
      this._port = undefined;
      this._scheme = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._path = value.path;
      this._port = value.port;
      this._scheme = value.scheme;
    }
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // scheme - computed: false, optional: false, required: true
  private _scheme?: string; 
  public get scheme() {
    return this.getStringAttribute('scheme');
  }
  public set scheme(value: string) {
    this._scheme = value;
  }
  // Temporarily expose input value. Use with caution.
  public get schemeInput() {
    return this._scheme;
  }
}
export interface ContainerGroupContainersLivenessProbeTcpSocket {
  /**
  * Port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#port ContainerGroup#port}
  */
  readonly port: number;
}

export function containerGroupContainersLivenessProbeTcpSocketToTerraform(struct?: ContainerGroupContainersLivenessProbeTcpSocket | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port: cdktf.numberToTerraform(struct!.port),
  }
}


export function containerGroupContainersLivenessProbeTcpSocketToHclTerraform(struct?: ContainerGroupContainersLivenessProbeTcpSocket | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersLivenessProbeTcpSocketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersLivenessProbeTcpSocket | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersLivenessProbeTcpSocket | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._port = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._port = value.port;
    }
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }
}
export interface ContainerGroupContainersLivenessProbe {
  /**
  * Consecutive failures after which the container counts as not alive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#failure_threshold ContainerGroup#failure_threshold}
  */
  readonly failureThreshold?: number;
  /**
  * Seconds before the first probe.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#initial_delay_seconds ContainerGroup#initial_delay_seconds}
  */
  readonly initialDelaySeconds?: number;
  /**
  * Seconds between probes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#period_seconds ContainerGroup#period_seconds}
  */
  readonly periodSeconds?: number;
  /**
  * Consecutive successes after which the container counts as alive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#success_threshold ContainerGroup#success_threshold}
  */
  readonly successThreshold?: number;
  /**
  * Seconds one probe may take.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#timeout_seconds ContainerGroup#timeout_seconds}
  */
  readonly timeoutSeconds?: number;
  /**
  * exec block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#exec ContainerGroup#exec}
  */
  readonly exec?: ContainerGroupContainersLivenessProbeExec;
  /**
  * http_get block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#http_get ContainerGroup#http_get}
  */
  readonly httpGet?: ContainerGroupContainersLivenessProbeHttpGet;
  /**
  * tcp_socket block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#tcp_socket ContainerGroup#tcp_socket}
  */
  readonly tcpSocket?: ContainerGroupContainersLivenessProbeTcpSocket;
}

export function containerGroupContainersLivenessProbeToTerraform(struct?: ContainerGroupContainersLivenessProbe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_threshold: cdktf.numberToTerraform(struct!.failureThreshold),
    initial_delay_seconds: cdktf.numberToTerraform(struct!.initialDelaySeconds),
    period_seconds: cdktf.numberToTerraform(struct!.periodSeconds),
    success_threshold: cdktf.numberToTerraform(struct!.successThreshold),
    timeout_seconds: cdktf.numberToTerraform(struct!.timeoutSeconds),
    exec: containerGroupContainersLivenessProbeExecToTerraform(struct!.exec),
    http_get: containerGroupContainersLivenessProbeHttpGetToTerraform(struct!.httpGet),
    tcp_socket: containerGroupContainersLivenessProbeTcpSocketToTerraform(struct!.tcpSocket),
  }
}


export function containerGroupContainersLivenessProbeToHclTerraform(struct?: ContainerGroupContainersLivenessProbe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    failure_threshold: {
      value: cdktf.numberToHclTerraform(struct!.failureThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    initial_delay_seconds: {
      value: cdktf.numberToHclTerraform(struct!.initialDelaySeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    period_seconds: {
      value: cdktf.numberToHclTerraform(struct!.periodSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    success_threshold: {
      value: cdktf.numberToHclTerraform(struct!.successThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timeout_seconds: {
      value: cdktf.numberToHclTerraform(struct!.timeoutSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    exec: {
      value: containerGroupContainersLivenessProbeExecToHclTerraform(struct!.exec),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersLivenessProbeExec",
    },
    http_get: {
      value: containerGroupContainersLivenessProbeHttpGetToHclTerraform(struct!.httpGet),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersLivenessProbeHttpGet",
    },
    tcp_socket: {
      value: containerGroupContainersLivenessProbeTcpSocketToHclTerraform(struct!.tcpSocket),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersLivenessProbeTcpSocket",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersLivenessProbeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersLivenessProbe | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureThreshold = this._failureThreshold;
    }
    if (this._initialDelaySeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.initialDelaySeconds = this._initialDelaySeconds;
    }
    if (this._periodSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodSeconds = this._periodSeconds;
    }
    if (this._successThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.successThreshold = this._successThreshold;
    }
    if (this._timeoutSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeoutSeconds = this._timeoutSeconds;
    }
    if (this._exec?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.exec = this._exec?.internalValue;
    }
    if (this._httpGet?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.httpGet = this._httpGet?.internalValue;
    }
    if (this._tcpSocket?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tcpSocket = this._tcpSocket?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersLivenessProbe | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._failureThreshold = undefined;
      this._initialDelaySeconds = undefined;
      this._periodSeconds = undefined;
      this._successThreshold = undefined;
      this._timeoutSeconds = undefined;
      this._exec.internalValue = undefined;
      this._httpGet.internalValue = undefined;
      this._tcpSocket.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._failureThreshold = value.failureThreshold;
      this._initialDelaySeconds = value.initialDelaySeconds;
      this._periodSeconds = value.periodSeconds;
      this._successThreshold = value.successThreshold;
      this._timeoutSeconds = value.timeoutSeconds;
      this._exec.internalValue = value.exec;
      this._httpGet.internalValue = value.httpGet;
      this._tcpSocket.internalValue = value.tcpSocket;
    }
  }

  // failure_threshold - computed: false, optional: true, required: false
  private _failureThreshold?: number; 
  public get failureThreshold() {
    return this.getNumberAttribute('failure_threshold');
  }
  public set failureThreshold(value: number) {
    this._failureThreshold = value;
  }
  public resetFailureThreshold() {
    this._failureThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failureThresholdInput() {
    return this._failureThreshold;
  }

  // initial_delay_seconds - computed: false, optional: true, required: false
  private _initialDelaySeconds?: number; 
  public get initialDelaySeconds() {
    return this.getNumberAttribute('initial_delay_seconds');
  }
  public set initialDelaySeconds(value: number) {
    this._initialDelaySeconds = value;
  }
  public resetInitialDelaySeconds() {
    this._initialDelaySeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initialDelaySecondsInput() {
    return this._initialDelaySeconds;
  }

  // period_seconds - computed: false, optional: true, required: false
  private _periodSeconds?: number; 
  public get periodSeconds() {
    return this.getNumberAttribute('period_seconds');
  }
  public set periodSeconds(value: number) {
    this._periodSeconds = value;
  }
  public resetPeriodSeconds() {
    this._periodSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodSecondsInput() {
    return this._periodSeconds;
  }

  // success_threshold - computed: false, optional: true, required: false
  private _successThreshold?: number; 
  public get successThreshold() {
    return this.getNumberAttribute('success_threshold');
  }
  public set successThreshold(value: number) {
    this._successThreshold = value;
  }
  public resetSuccessThreshold() {
    this._successThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get successThresholdInput() {
    return this._successThreshold;
  }

  // timeout_seconds - computed: false, optional: true, required: false
  private _timeoutSeconds?: number; 
  public get timeoutSeconds() {
    return this.getNumberAttribute('timeout_seconds');
  }
  public set timeoutSeconds(value: number) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds() {
    this._timeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutSecondsInput() {
    return this._timeoutSeconds;
  }

  // exec - computed: false, optional: false, required: true
  private _exec = new ContainerGroupContainersLivenessProbeExecOutputReference(this, "exec");
  public get exec() {
    return this._exec;
  }
  public putExec(value: ContainerGroupContainersLivenessProbeExec) {
    this._exec.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get execInput() {
    return this._exec.internalValue;
  }

  // http_get - computed: false, optional: false, required: true
  private _httpGet = new ContainerGroupContainersLivenessProbeHttpGetOutputReference(this, "http_get");
  public get httpGet() {
    return this._httpGet;
  }
  public putHttpGet(value: ContainerGroupContainersLivenessProbeHttpGet) {
    this._httpGet.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get httpGetInput() {
    return this._httpGet.internalValue;
  }

  // tcp_socket - computed: false, optional: false, required: true
  private _tcpSocket = new ContainerGroupContainersLivenessProbeTcpSocketOutputReference(this, "tcp_socket");
  public get tcpSocket() {
    return this._tcpSocket;
  }
  public putTcpSocket(value: ContainerGroupContainersLivenessProbeTcpSocket) {
    this._tcpSocket.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpSocketInput() {
    return this._tcpSocket.internalValue;
  }
}
export interface ContainerGroupContainersPorts {
  /**
  * Port name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name?: string;
  /**
  * Port number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#port ContainerGroup#port}
  */
  readonly port: number;
  /**
  * Protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#protocol ContainerGroup#protocol}
  */
  readonly protocol: string;
}

export function containerGroupContainersPortsToTerraform(struct?: ContainerGroupContainersPorts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    port: cdktf.numberToTerraform(struct!.port),
    protocol: cdktf.stringToTerraform(struct!.protocol),
  }
}


export function containerGroupContainersPortsToHclTerraform(struct?: ContainerGroupContainersPorts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    protocol: {
      value: cdktf.stringToHclTerraform(struct!.protocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersPortsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupContainersPorts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._protocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocol = this._protocol;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersPorts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._port = undefined;
      this._protocol = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._port = value.port;
      this._protocol = value.protocol;
    }
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // protocol - computed: false, optional: false, required: true
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
  }
}

export class ContainerGroupContainersPortsList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupContainersPorts[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupContainersPortsOutputReference {
    return new ContainerGroupContainersPortsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupContainersReadinessProbeExec {
  /**
  * Command run in the container; exit 0 = success.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#command ContainerGroup#command}
  */
  readonly command: string[];
}

export function containerGroupContainersReadinessProbeExecToTerraform(struct?: ContainerGroupContainersReadinessProbeExec | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    command: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.command),
  }
}


export function containerGroupContainersReadinessProbeExecToHclTerraform(struct?: ContainerGroupContainersReadinessProbeExec | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    command: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.command),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersReadinessProbeExecOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersReadinessProbeExec | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._command !== undefined) {
      hasAnyValues = true;
      internalValueResult.command = this._command;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersReadinessProbeExec | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._command = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._command = value.command;
    }
  }

  // command - computed: false, optional: false, required: true
  private _command?: string[]; 
  public get command() {
    return this.getListAttribute('command');
  }
  public set command(value: string[]) {
    this._command = value;
  }
  // Temporarily expose input value. Use with caution.
  public get commandInput() {
    return this._command;
  }
}
export interface ContainerGroupContainersReadinessProbeHttpGet {
  /**
  * URL path (e.g. /healthz).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#path ContainerGroup#path}
  */
  readonly path: string;
  /**
  * Port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#port ContainerGroup#port}
  */
  readonly port: number;
  /**
  * Protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#scheme ContainerGroup#scheme}
  */
  readonly scheme: string;
}

export function containerGroupContainersReadinessProbeHttpGetToTerraform(struct?: ContainerGroupContainersReadinessProbeHttpGet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    path: cdktf.stringToTerraform(struct!.path),
    port: cdktf.numberToTerraform(struct!.port),
    scheme: cdktf.stringToTerraform(struct!.scheme),
  }
}


export function containerGroupContainersReadinessProbeHttpGetToHclTerraform(struct?: ContainerGroupContainersReadinessProbeHttpGet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    scheme: {
      value: cdktf.stringToHclTerraform(struct!.scheme),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersReadinessProbeHttpGetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersReadinessProbeHttpGet | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._scheme !== undefined) {
      hasAnyValues = true;
      internalValueResult.scheme = this._scheme;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersReadinessProbeHttpGet | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._path = undefined;
      this._port = undefined;
      this._scheme = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._path = value.path;
      this._port = value.port;
      this._scheme = value.scheme;
    }
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // scheme - computed: false, optional: false, required: true
  private _scheme?: string; 
  public get scheme() {
    return this.getStringAttribute('scheme');
  }
  public set scheme(value: string) {
    this._scheme = value;
  }
  // Temporarily expose input value. Use with caution.
  public get schemeInput() {
    return this._scheme;
  }
}
export interface ContainerGroupContainersReadinessProbeTcpSocket {
  /**
  * Port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#port ContainerGroup#port}
  */
  readonly port: number;
}

export function containerGroupContainersReadinessProbeTcpSocketToTerraform(struct?: ContainerGroupContainersReadinessProbeTcpSocket | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port: cdktf.numberToTerraform(struct!.port),
  }
}


export function containerGroupContainersReadinessProbeTcpSocketToHclTerraform(struct?: ContainerGroupContainersReadinessProbeTcpSocket | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersReadinessProbeTcpSocketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersReadinessProbeTcpSocket | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersReadinessProbeTcpSocket | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._port = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._port = value.port;
    }
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }
}
export interface ContainerGroupContainersReadinessProbe {
  /**
  * Consecutive failures after which the container counts as not ready.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#failure_threshold ContainerGroup#failure_threshold}
  */
  readonly failureThreshold?: number;
  /**
  * Seconds before the first probe.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#initial_delay_seconds ContainerGroup#initial_delay_seconds}
  */
  readonly initialDelaySeconds?: number;
  /**
  * Seconds between probes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#period_seconds ContainerGroup#period_seconds}
  */
  readonly periodSeconds?: number;
  /**
  * Consecutive successes after which the container counts as ready.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#success_threshold ContainerGroup#success_threshold}
  */
  readonly successThreshold?: number;
  /**
  * Seconds one probe may take.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#timeout_seconds ContainerGroup#timeout_seconds}
  */
  readonly timeoutSeconds?: number;
  /**
  * exec block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#exec ContainerGroup#exec}
  */
  readonly exec?: ContainerGroupContainersReadinessProbeExec;
  /**
  * http_get block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#http_get ContainerGroup#http_get}
  */
  readonly httpGet?: ContainerGroupContainersReadinessProbeHttpGet;
  /**
  * tcp_socket block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#tcp_socket ContainerGroup#tcp_socket}
  */
  readonly tcpSocket?: ContainerGroupContainersReadinessProbeTcpSocket;
}

export function containerGroupContainersReadinessProbeToTerraform(struct?: ContainerGroupContainersReadinessProbe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_threshold: cdktf.numberToTerraform(struct!.failureThreshold),
    initial_delay_seconds: cdktf.numberToTerraform(struct!.initialDelaySeconds),
    period_seconds: cdktf.numberToTerraform(struct!.periodSeconds),
    success_threshold: cdktf.numberToTerraform(struct!.successThreshold),
    timeout_seconds: cdktf.numberToTerraform(struct!.timeoutSeconds),
    exec: containerGroupContainersReadinessProbeExecToTerraform(struct!.exec),
    http_get: containerGroupContainersReadinessProbeHttpGetToTerraform(struct!.httpGet),
    tcp_socket: containerGroupContainersReadinessProbeTcpSocketToTerraform(struct!.tcpSocket),
  }
}


export function containerGroupContainersReadinessProbeToHclTerraform(struct?: ContainerGroupContainersReadinessProbe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    failure_threshold: {
      value: cdktf.numberToHclTerraform(struct!.failureThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    initial_delay_seconds: {
      value: cdktf.numberToHclTerraform(struct!.initialDelaySeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    period_seconds: {
      value: cdktf.numberToHclTerraform(struct!.periodSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    success_threshold: {
      value: cdktf.numberToHclTerraform(struct!.successThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timeout_seconds: {
      value: cdktf.numberToHclTerraform(struct!.timeoutSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    exec: {
      value: containerGroupContainersReadinessProbeExecToHclTerraform(struct!.exec),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersReadinessProbeExec",
    },
    http_get: {
      value: containerGroupContainersReadinessProbeHttpGetToHclTerraform(struct!.httpGet),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersReadinessProbeHttpGet",
    },
    tcp_socket: {
      value: containerGroupContainersReadinessProbeTcpSocketToHclTerraform(struct!.tcpSocket),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersReadinessProbeTcpSocket",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersReadinessProbeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupContainersReadinessProbe | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureThreshold = this._failureThreshold;
    }
    if (this._initialDelaySeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.initialDelaySeconds = this._initialDelaySeconds;
    }
    if (this._periodSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.periodSeconds = this._periodSeconds;
    }
    if (this._successThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.successThreshold = this._successThreshold;
    }
    if (this._timeoutSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeoutSeconds = this._timeoutSeconds;
    }
    if (this._exec?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.exec = this._exec?.internalValue;
    }
    if (this._httpGet?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.httpGet = this._httpGet?.internalValue;
    }
    if (this._tcpSocket?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tcpSocket = this._tcpSocket?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersReadinessProbe | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._failureThreshold = undefined;
      this._initialDelaySeconds = undefined;
      this._periodSeconds = undefined;
      this._successThreshold = undefined;
      this._timeoutSeconds = undefined;
      this._exec.internalValue = undefined;
      this._httpGet.internalValue = undefined;
      this._tcpSocket.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._failureThreshold = value.failureThreshold;
      this._initialDelaySeconds = value.initialDelaySeconds;
      this._periodSeconds = value.periodSeconds;
      this._successThreshold = value.successThreshold;
      this._timeoutSeconds = value.timeoutSeconds;
      this._exec.internalValue = value.exec;
      this._httpGet.internalValue = value.httpGet;
      this._tcpSocket.internalValue = value.tcpSocket;
    }
  }

  // failure_threshold - computed: false, optional: true, required: false
  private _failureThreshold?: number; 
  public get failureThreshold() {
    return this.getNumberAttribute('failure_threshold');
  }
  public set failureThreshold(value: number) {
    this._failureThreshold = value;
  }
  public resetFailureThreshold() {
    this._failureThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failureThresholdInput() {
    return this._failureThreshold;
  }

  // initial_delay_seconds - computed: false, optional: true, required: false
  private _initialDelaySeconds?: number; 
  public get initialDelaySeconds() {
    return this.getNumberAttribute('initial_delay_seconds');
  }
  public set initialDelaySeconds(value: number) {
    this._initialDelaySeconds = value;
  }
  public resetInitialDelaySeconds() {
    this._initialDelaySeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initialDelaySecondsInput() {
    return this._initialDelaySeconds;
  }

  // period_seconds - computed: false, optional: true, required: false
  private _periodSeconds?: number; 
  public get periodSeconds() {
    return this.getNumberAttribute('period_seconds');
  }
  public set periodSeconds(value: number) {
    this._periodSeconds = value;
  }
  public resetPeriodSeconds() {
    this._periodSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodSecondsInput() {
    return this._periodSeconds;
  }

  // success_threshold - computed: false, optional: true, required: false
  private _successThreshold?: number; 
  public get successThreshold() {
    return this.getNumberAttribute('success_threshold');
  }
  public set successThreshold(value: number) {
    this._successThreshold = value;
  }
  public resetSuccessThreshold() {
    this._successThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get successThresholdInput() {
    return this._successThreshold;
  }

  // timeout_seconds - computed: false, optional: true, required: false
  private _timeoutSeconds?: number; 
  public get timeoutSeconds() {
    return this.getNumberAttribute('timeout_seconds');
  }
  public set timeoutSeconds(value: number) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds() {
    this._timeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutSecondsInput() {
    return this._timeoutSeconds;
  }

  // exec - computed: false, optional: false, required: true
  private _exec = new ContainerGroupContainersReadinessProbeExecOutputReference(this, "exec");
  public get exec() {
    return this._exec;
  }
  public putExec(value: ContainerGroupContainersReadinessProbeExec) {
    this._exec.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get execInput() {
    return this._exec.internalValue;
  }

  // http_get - computed: false, optional: false, required: true
  private _httpGet = new ContainerGroupContainersReadinessProbeHttpGetOutputReference(this, "http_get");
  public get httpGet() {
    return this._httpGet;
  }
  public putHttpGet(value: ContainerGroupContainersReadinessProbeHttpGet) {
    this._httpGet.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get httpGetInput() {
    return this._httpGet.internalValue;
  }

  // tcp_socket - computed: false, optional: false, required: true
  private _tcpSocket = new ContainerGroupContainersReadinessProbeTcpSocketOutputReference(this, "tcp_socket");
  public get tcpSocket() {
    return this._tcpSocket;
  }
  public putTcpSocket(value: ContainerGroupContainersReadinessProbeTcpSocket) {
    this._tcpSocket.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpSocketInput() {
    return this._tcpSocket.internalValue;
  }
}
export interface ContainerGroupContainersVolumeMount {
  /**
  * Absolute mount path in the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#mount_path ContainerGroup#mount_path}
  */
  readonly mountPath: string;
  /**
  * Name of a volume in `volumes`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name: string;
  /**
  * Mount read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#read_only ContainerGroup#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
}

export function containerGroupContainersVolumeMountToTerraform(struct?: ContainerGroupContainersVolumeMount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mount_path: cdktf.stringToTerraform(struct!.mountPath),
    name: cdktf.stringToTerraform(struct!.name),
    read_only: cdktf.booleanToTerraform(struct!.readOnly),
  }
}


export function containerGroupContainersVolumeMountToHclTerraform(struct?: ContainerGroupContainersVolumeMount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mount_path: {
      value: cdktf.stringToHclTerraform(struct!.mountPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read_only: {
      value: cdktf.booleanToHclTerraform(struct!.readOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersVolumeMountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupContainersVolumeMount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mountPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.mountPath = this._mountPath;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._readOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readOnly = this._readOnly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainersVolumeMount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mountPath = undefined;
      this._name = undefined;
      this._readOnly = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mountPath = value.mountPath;
      this._name = value.name;
      this._readOnly = value.readOnly;
    }
  }

  // mount_path - computed: false, optional: false, required: true
  private _mountPath?: string; 
  public get mountPath() {
    return this.getStringAttribute('mount_path');
  }
  public set mountPath(value: string) {
    this._mountPath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mountPathInput() {
    return this._mountPath;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this.getBooleanAttribute('read_only');
  }
  public set readOnly(value: boolean | cdktf.IResolvable) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }
}

export class ContainerGroupContainersVolumeMountList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupContainersVolumeMount[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupContainersVolumeMountOutputReference {
    return new ContainerGroupContainersVolumeMountOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupContainers {
  /**
  * Arguments (e.g. ["-c", "/app"]).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#args ContainerGroup#args}
  */
  readonly args?: string[];
  /**
  * Entrypoint (e.g. ["/bin/sh"]).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#command ContainerGroup#command}
  */
  readonly command?: string[];
  /**
  * vCPUs for this container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#cpu ContainerGroup#cpu}
  */
  readonly cpu?: number;
  /**
  * GPU cards for this container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#gpu ContainerGroup#gpu}
  */
  readonly gpu?: number;
  /**
  * Image (e.g. nginx:latest).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#image ContainerGroup#image}
  */
  readonly image: string;
  /**
  * When to pull the image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#image_pull_policy ContainerGroup#image_pull_policy}
  */
  readonly imagePullPolicy?: string;
  /**
  * Command run after the container starts (a failure restarts it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#lifecycle_post_start_handler_exec ContainerGroup#lifecycle_post_start_handler_exec}
  */
  readonly lifecyclePostStartHandlerExec?: string[];
  /**
  * Command run before the container stops.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#lifecycle_pre_stop_handler_exec ContainerGroup#lifecycle_pre_stop_handler_exec}
  */
  readonly lifecyclePreStopHandlerExec?: string[];
  /**
  * Memory for this container, in GiB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#memory ContainerGroup#memory}
  */
  readonly memory?: number;
  /**
  * Container name (unique in the group; lower-case letters, digits and "-").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name: string;
  /**
  * Working directory.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#working_dir ContainerGroup#working_dir}
  */
  readonly workingDir?: string;
  /**
  * environment_var block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#environment_var ContainerGroup#environment_var}
  */
  readonly environmentVar?: ContainerGroupContainersEnvironmentVar[] | cdktf.IResolvable;
  /**
  * liveness_probe block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#liveness_probe ContainerGroup#liveness_probe}
  */
  readonly livenessProbe?: ContainerGroupContainersLivenessProbe;
  /**
  * ports block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#ports ContainerGroup#ports}
  */
  readonly ports?: ContainerGroupContainersPorts[] | cdktf.IResolvable;
  /**
  * readiness_probe block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#readiness_probe ContainerGroup#readiness_probe}
  */
  readonly readinessProbe?: ContainerGroupContainersReadinessProbe;
  /**
  * volume_mount block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#volume_mount ContainerGroup#volume_mount}
  */
  readonly volumeMount?: ContainerGroupContainersVolumeMount[] | cdktf.IResolvable;
}

export function containerGroupContainersToTerraform(struct?: ContainerGroupContainers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    args: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.args),
    command: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.command),
    cpu: cdktf.numberToTerraform(struct!.cpu),
    gpu: cdktf.numberToTerraform(struct!.gpu),
    image: cdktf.stringToTerraform(struct!.image),
    image_pull_policy: cdktf.stringToTerraform(struct!.imagePullPolicy),
    lifecycle_post_start_handler_exec: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.lifecyclePostStartHandlerExec),
    lifecycle_pre_stop_handler_exec: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.lifecyclePreStopHandlerExec),
    memory: cdktf.numberToTerraform(struct!.memory),
    name: cdktf.stringToTerraform(struct!.name),
    working_dir: cdktf.stringToTerraform(struct!.workingDir),
    environment_var: cdktf.listMapper(containerGroupContainersEnvironmentVarToTerraform, true)(struct!.environmentVar),
    liveness_probe: containerGroupContainersLivenessProbeToTerraform(struct!.livenessProbe),
    ports: cdktf.listMapper(containerGroupContainersPortsToTerraform, true)(struct!.ports),
    readiness_probe: containerGroupContainersReadinessProbeToTerraform(struct!.readinessProbe),
    volume_mount: cdktf.listMapper(containerGroupContainersVolumeMountToTerraform, true)(struct!.volumeMount),
  }
}


export function containerGroupContainersToHclTerraform(struct?: ContainerGroupContainers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    args: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.args),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    command: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.command),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    cpu: {
      value: cdktf.numberToHclTerraform(struct!.cpu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    gpu: {
      value: cdktf.numberToHclTerraform(struct!.gpu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    image: {
      value: cdktf.stringToHclTerraform(struct!.image),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image_pull_policy: {
      value: cdktf.stringToHclTerraform(struct!.imagePullPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lifecycle_post_start_handler_exec: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.lifecyclePostStartHandlerExec),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    lifecycle_pre_stop_handler_exec: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.lifecyclePreStopHandlerExec),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    memory: {
      value: cdktf.numberToHclTerraform(struct!.memory),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    working_dir: {
      value: cdktf.stringToHclTerraform(struct!.workingDir),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    environment_var: {
      value: cdktf.listMapperHcl(containerGroupContainersEnvironmentVarToHclTerraform, true)(struct!.environmentVar),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupContainersEnvironmentVarList",
    },
    liveness_probe: {
      value: containerGroupContainersLivenessProbeToHclTerraform(struct!.livenessProbe),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersLivenessProbe",
    },
    ports: {
      value: cdktf.listMapperHcl(containerGroupContainersPortsToHclTerraform, true)(struct!.ports),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupContainersPortsList",
    },
    readiness_probe: {
      value: containerGroupContainersReadinessProbeToHclTerraform(struct!.readinessProbe),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupContainersReadinessProbe",
    },
    volume_mount: {
      value: cdktf.listMapperHcl(containerGroupContainersVolumeMountToHclTerraform, true)(struct!.volumeMount),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupContainersVolumeMountList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupContainersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupContainers | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._args !== undefined) {
      hasAnyValues = true;
      internalValueResult.args = this._args;
    }
    if (this._command !== undefined) {
      hasAnyValues = true;
      internalValueResult.command = this._command;
    }
    if (this._cpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpu = this._cpu;
    }
    if (this._gpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.gpu = this._gpu;
    }
    if (this._image !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image;
    }
    if (this._imagePullPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.imagePullPolicy = this._imagePullPolicy;
    }
    if (this._lifecyclePostStartHandlerExec !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifecyclePostStartHandlerExec = this._lifecyclePostStartHandlerExec;
    }
    if (this._lifecyclePreStopHandlerExec !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifecyclePreStopHandlerExec = this._lifecyclePreStopHandlerExec;
    }
    if (this._memory !== undefined) {
      hasAnyValues = true;
      internalValueResult.memory = this._memory;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._workingDir !== undefined) {
      hasAnyValues = true;
      internalValueResult.workingDir = this._workingDir;
    }
    if (this._environmentVar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.environmentVar = this._environmentVar?.internalValue;
    }
    if (this._livenessProbe?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.livenessProbe = this._livenessProbe?.internalValue;
    }
    if (this._ports?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ports = this._ports?.internalValue;
    }
    if (this._readinessProbe?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.readinessProbe = this._readinessProbe?.internalValue;
    }
    if (this._volumeMount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeMount = this._volumeMount?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupContainers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._args = undefined;
      this._command = undefined;
      this._cpu = undefined;
      this._gpu = undefined;
      this._image = undefined;
      this._imagePullPolicy = undefined;
      this._lifecyclePostStartHandlerExec = undefined;
      this._lifecyclePreStopHandlerExec = undefined;
      this._memory = undefined;
      this._name = undefined;
      this._workingDir = undefined;
      this._environmentVar.internalValue = undefined;
      this._livenessProbe.internalValue = undefined;
      this._ports.internalValue = undefined;
      this._readinessProbe.internalValue = undefined;
      this._volumeMount.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._args = value.args;
      this._command = value.command;
      this._cpu = value.cpu;
      this._gpu = value.gpu;
      this._image = value.image;
      this._imagePullPolicy = value.imagePullPolicy;
      this._lifecyclePostStartHandlerExec = value.lifecyclePostStartHandlerExec;
      this._lifecyclePreStopHandlerExec = value.lifecyclePreStopHandlerExec;
      this._memory = value.memory;
      this._name = value.name;
      this._workingDir = value.workingDir;
      this._environmentVar.internalValue = value.environmentVar;
      this._livenessProbe.internalValue = value.livenessProbe;
      this._ports.internalValue = value.ports;
      this._readinessProbe.internalValue = value.readinessProbe;
      this._volumeMount.internalValue = value.volumeMount;
    }
  }

  // args - computed: false, optional: true, required: false
  private _args?: string[]; 
  public get args() {
    return this.getListAttribute('args');
  }
  public set args(value: string[]) {
    this._args = value;
  }
  public resetArgs() {
    this._args = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get argsInput() {
    return this._args;
  }

  // command - computed: false, optional: true, required: false
  private _command?: string[]; 
  public get command() {
    return this.getListAttribute('command');
  }
  public set command(value: string[]) {
    this._command = value;
  }
  public resetCommand() {
    this._command = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commandInput() {
    return this._command;
  }

  // cpu - computed: false, optional: true, required: false
  private _cpu?: number; 
  public get cpu() {
    return this.getNumberAttribute('cpu');
  }
  public set cpu(value: number) {
    this._cpu = value;
  }
  public resetCpu() {
    this._cpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this._cpu;
  }

  // gpu - computed: false, optional: true, required: false
  private _gpu?: number; 
  public get gpu() {
    return this.getNumberAttribute('gpu');
  }
  public set gpu(value: number) {
    this._gpu = value;
  }
  public resetGpu() {
    this._gpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuInput() {
    return this._gpu;
  }

  // image - computed: false, optional: false, required: true
  private _image?: string; 
  public get image() {
    return this.getStringAttribute('image');
  }
  public set image(value: string) {
    this._image = value;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image;
  }

  // image_pull_policy - computed: false, optional: true, required: false
  private _imagePullPolicy?: string; 
  public get imagePullPolicy() {
    return this.getStringAttribute('image_pull_policy');
  }
  public set imagePullPolicy(value: string) {
    this._imagePullPolicy = value;
  }
  public resetImagePullPolicy() {
    this._imagePullPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imagePullPolicyInput() {
    return this._imagePullPolicy;
  }

  // lifecycle_post_start_handler_exec - computed: false, optional: true, required: false
  private _lifecyclePostStartHandlerExec?: string[]; 
  public get lifecyclePostStartHandlerExec() {
    return this.getListAttribute('lifecycle_post_start_handler_exec');
  }
  public set lifecyclePostStartHandlerExec(value: string[]) {
    this._lifecyclePostStartHandlerExec = value;
  }
  public resetLifecyclePostStartHandlerExec() {
    this._lifecyclePostStartHandlerExec = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifecyclePostStartHandlerExecInput() {
    return this._lifecyclePostStartHandlerExec;
  }

  // lifecycle_pre_stop_handler_exec - computed: false, optional: true, required: false
  private _lifecyclePreStopHandlerExec?: string[]; 
  public get lifecyclePreStopHandlerExec() {
    return this.getListAttribute('lifecycle_pre_stop_handler_exec');
  }
  public set lifecyclePreStopHandlerExec(value: string[]) {
    this._lifecyclePreStopHandlerExec = value;
  }
  public resetLifecyclePreStopHandlerExec() {
    this._lifecyclePreStopHandlerExec = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifecyclePreStopHandlerExecInput() {
    return this._lifecyclePreStopHandlerExec;
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // working_dir - computed: false, optional: true, required: false
  private _workingDir?: string; 
  public get workingDir() {
    return this.getStringAttribute('working_dir');
  }
  public set workingDir(value: string) {
    this._workingDir = value;
  }
  public resetWorkingDir() {
    this._workingDir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get workingDirInput() {
    return this._workingDir;
  }

  // environment_var - computed: false, optional: true, required: false
  private _environmentVar = new ContainerGroupContainersEnvironmentVarList(this, "environment_var", false);
  public get environmentVar() {
    return this._environmentVar;
  }
  public putEnvironmentVar(value: ContainerGroupContainersEnvironmentVar[] | cdktf.IResolvable) {
    this._environmentVar.internalValue = value;
  }
  public resetEnvironmentVar() {
    this._environmentVar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentVarInput() {
    return this._environmentVar.internalValue;
  }

  // liveness_probe - computed: false, optional: true, required: false
  private _livenessProbe = new ContainerGroupContainersLivenessProbeOutputReference(this, "liveness_probe");
  public get livenessProbe() {
    return this._livenessProbe;
  }
  public putLivenessProbe(value: ContainerGroupContainersLivenessProbe) {
    this._livenessProbe.internalValue = value;
  }
  public resetLivenessProbe() {
    this._livenessProbe.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get livenessProbeInput() {
    return this._livenessProbe.internalValue;
  }

  // ports - computed: false, optional: true, required: false
  private _ports = new ContainerGroupContainersPortsList(this, "ports", false);
  public get ports() {
    return this._ports;
  }
  public putPorts(value: ContainerGroupContainersPorts[] | cdktf.IResolvable) {
    this._ports.internalValue = value;
  }
  public resetPorts() {
    this._ports.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portsInput() {
    return this._ports.internalValue;
  }

  // readiness_probe - computed: false, optional: true, required: false
  private _readinessProbe = new ContainerGroupContainersReadinessProbeOutputReference(this, "readiness_probe");
  public get readinessProbe() {
    return this._readinessProbe;
  }
  public putReadinessProbe(value: ContainerGroupContainersReadinessProbe) {
    this._readinessProbe.internalValue = value;
  }
  public resetReadinessProbe() {
    this._readinessProbe.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readinessProbeInput() {
    return this._readinessProbe.internalValue;
  }

  // volume_mount - computed: false, optional: true, required: false
  private _volumeMount = new ContainerGroupContainersVolumeMountList(this, "volume_mount", false);
  public get volumeMount() {
    return this._volumeMount;
  }
  public putVolumeMount(value: ContainerGroupContainersVolumeMount[] | cdktf.IResolvable) {
    this._volumeMount.internalValue = value;
  }
  public resetVolumeMount() {
    this._volumeMount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeMountInput() {
    return this._volumeMount.internalValue;
  }
}

export class ContainerGroupContainersList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupContainers[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupContainersOutputReference {
    return new ContainerGroupContainersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupDnsConfigOptions {
  /**
  * Option name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name?: string;
  /**
  * Option value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#value ContainerGroup#value}
  */
  readonly value?: string;
}

export function containerGroupDnsConfigOptionsToTerraform(struct?: ContainerGroupDnsConfigOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function containerGroupDnsConfigOptionsToHclTerraform(struct?: ContainerGroupDnsConfigOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupDnsConfigOptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupDnsConfigOptions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupDnsConfigOptions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._value = value.value;
    }
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class ContainerGroupDnsConfigOptionsList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupDnsConfigOptions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupDnsConfigOptionsOutputReference {
    return new ContainerGroupDnsConfigOptionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupDnsConfig {
  /**
  * DNS server addresses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#nameservers ContainerGroup#nameservers}
  */
  readonly nameservers?: string[];
  /**
  * Search domains.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#searches ContainerGroup#searches}
  */
  readonly searches?: string[];
  /**
  * options block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#options ContainerGroup#options}
  */
  readonly options?: ContainerGroupDnsConfigOptions[] | cdktf.IResolvable;
}

export function containerGroupDnsConfigToTerraform(struct?: ContainerGroupDnsConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    nameservers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.nameservers),
    searches: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.searches),
    options: cdktf.listMapper(containerGroupDnsConfigOptionsToTerraform, true)(struct!.options),
  }
}


export function containerGroupDnsConfigToHclTerraform(struct?: ContainerGroupDnsConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    nameservers: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.nameservers),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    searches: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.searches),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    options: {
      value: cdktf.listMapperHcl(containerGroupDnsConfigOptionsToHclTerraform, true)(struct!.options),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupDnsConfigOptionsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupDnsConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupDnsConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._nameservers !== undefined) {
      hasAnyValues = true;
      internalValueResult.nameservers = this._nameservers;
    }
    if (this._searches !== undefined) {
      hasAnyValues = true;
      internalValueResult.searches = this._searches;
    }
    if (this._options?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.options = this._options?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupDnsConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._nameservers = undefined;
      this._searches = undefined;
      this._options.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._nameservers = value.nameservers;
      this._searches = value.searches;
      this._options.internalValue = value.options;
    }
  }

  // nameservers - computed: false, optional: true, required: false
  private _nameservers?: string[]; 
  public get nameservers() {
    return this.getListAttribute('nameservers');
  }
  public set nameservers(value: string[]) {
    this._nameservers = value;
  }
  public resetNameservers() {
    this._nameservers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameserversInput() {
    return this._nameservers;
  }

  // searches - computed: false, optional: true, required: false
  private _searches?: string[]; 
  public get searches() {
    return this.getListAttribute('searches');
  }
  public set searches(value: string[]) {
    this._searches = value;
  }
  public resetSearches() {
    this._searches = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchesInput() {
    return this._searches;
  }

  // options - computed: false, optional: true, required: false
  private _options = new ContainerGroupDnsConfigOptionsList(this, "options", false);
  public get options() {
    return this._options;
  }
  public putOptions(value: ContainerGroupDnsConfigOptions[] | cdktf.IResolvable) {
    this._options.internalValue = value;
  }
  public resetOptions() {
    this._options.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionsInput() {
    return this._options.internalValue;
  }
}
export interface ContainerGroupEip {
  /**
  * Create an EIP and bind it to the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#auto_create_eip ContainerGroup#auto_create_eip}
  */
  readonly autoCreateEip?: boolean | cdktf.IResolvable;
  /**
  * Bandwidth of a created EIP in Mbps (default 5).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#eip_bandwidth ContainerGroup#eip_bandwidth}
  */
  readonly eipBandwidth?: number;
  /**
  * An existing EIP to bind (ports 80, 443, 8080 and 8443 are closed by default).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#eip_instance_id ContainerGroup#eip_instance_id}
  */
  readonly eipInstanceId?: string;
}

export function containerGroupEipToTerraform(struct?: ContainerGroupEip | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auto_create_eip: cdktf.booleanToTerraform(struct!.autoCreateEip),
    eip_bandwidth: cdktf.numberToTerraform(struct!.eipBandwidth),
    eip_instance_id: cdktf.stringToTerraform(struct!.eipInstanceId),
  }
}


export function containerGroupEipToHclTerraform(struct?: ContainerGroupEip | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auto_create_eip: {
      value: cdktf.booleanToHclTerraform(struct!.autoCreateEip),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    eip_bandwidth: {
      value: cdktf.numberToHclTerraform(struct!.eipBandwidth),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    eip_instance_id: {
      value: cdktf.stringToHclTerraform(struct!.eipInstanceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupEipOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupEip | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._autoCreateEip !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoCreateEip = this._autoCreateEip;
    }
    if (this._eipBandwidth !== undefined) {
      hasAnyValues = true;
      internalValueResult.eipBandwidth = this._eipBandwidth;
    }
    if (this._eipInstanceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.eipInstanceId = this._eipInstanceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupEip | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._autoCreateEip = undefined;
      this._eipBandwidth = undefined;
      this._eipInstanceId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._autoCreateEip = value.autoCreateEip;
      this._eipBandwidth = value.eipBandwidth;
      this._eipInstanceId = value.eipInstanceId;
    }
  }

  // auto_create_eip - computed: false, optional: true, required: false
  private _autoCreateEip?: boolean | cdktf.IResolvable; 
  public get autoCreateEip() {
    return this.getBooleanAttribute('auto_create_eip');
  }
  public set autoCreateEip(value: boolean | cdktf.IResolvable) {
    this._autoCreateEip = value;
  }
  public resetAutoCreateEip() {
    this._autoCreateEip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoCreateEipInput() {
    return this._autoCreateEip;
  }

  // eip_bandwidth - computed: false, optional: true, required: false
  private _eipBandwidth?: number; 
  public get eipBandwidth() {
    return this.getNumberAttribute('eip_bandwidth');
  }
  public set eipBandwidth(value: number) {
    this._eipBandwidth = value;
  }
  public resetEipBandwidth() {
    this._eipBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eipBandwidthInput() {
    return this._eipBandwidth;
  }

  // eip_instance_id - computed: false, optional: true, required: false
  private _eipInstanceId?: string; 
  public get eipInstanceId() {
    return this.getStringAttribute('eip_instance_id');
  }
  public set eipInstanceId(value: string) {
    this._eipInstanceId = value;
  }
  public resetEipInstanceId() {
    this._eipInstanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eipInstanceIdInput() {
    return this._eipInstanceId;
  }
}
export interface ContainerGroupHostAliases {
  /**
  * Host names for the address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#hostnames ContainerGroup#hostnames}
  */
  readonly hostnames?: string[];
  /**
  * IPv4 address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#ip ContainerGroup#ip}
  */
  readonly ip?: string;
}

export function containerGroupHostAliasesToTerraform(struct?: ContainerGroupHostAliases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hostnames: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.hostnames),
    ip: cdktf.stringToTerraform(struct!.ip),
  }
}


export function containerGroupHostAliasesToHclTerraform(struct?: ContainerGroupHostAliases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hostnames: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.hostnames),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    ip: {
      value: cdktf.stringToHclTerraform(struct!.ip),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupHostAliasesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupHostAliases | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hostnames !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostnames = this._hostnames;
    }
    if (this._ip !== undefined) {
      hasAnyValues = true;
      internalValueResult.ip = this._ip;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupHostAliases | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hostnames = undefined;
      this._ip = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hostnames = value.hostnames;
      this._ip = value.ip;
    }
  }

  // hostnames - computed: false, optional: true, required: false
  private _hostnames?: string[]; 
  public get hostnames() {
    return this.getListAttribute('hostnames');
  }
  public set hostnames(value: string[]) {
    this._hostnames = value;
  }
  public resetHostnames() {
    this._hostnames = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnamesInput() {
    return this._hostnames;
  }

  // ip - computed: false, optional: true, required: false
  private _ip?: string; 
  public get ip() {
    return this.getStringAttribute('ip');
  }
  public set ip(value: string) {
    this._ip = value;
  }
  public resetIp() {
    this._ip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipInput() {
    return this._ip;
  }
}

export class ContainerGroupHostAliasesList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupHostAliases[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupHostAliasesOutputReference {
    return new ContainerGroupHostAliasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupImageRegistryCredential {
  /**
  * Registry password (secret; not returned by the API).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#password ContainerGroup#password}
  */
  readonly password: string;
  /**
  * Registry address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#server ContainerGroup#server}
  */
  readonly server: string;
  /**
  * Registry user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#user_name ContainerGroup#user_name}
  */
  readonly userName: string;
}

export function containerGroupImageRegistryCredentialToTerraform(struct?: ContainerGroupImageRegistryCredential | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    password: cdktf.stringToTerraform(struct!.password),
    server: cdktf.stringToTerraform(struct!.server),
    user_name: cdktf.stringToTerraform(struct!.userName),
  }
}


export function containerGroupImageRegistryCredentialToHclTerraform(struct?: ContainerGroupImageRegistryCredential | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server: {
      value: cdktf.stringToHclTerraform(struct!.server),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_name: {
      value: cdktf.stringToHclTerraform(struct!.userName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupImageRegistryCredentialOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupImageRegistryCredential | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._server !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this._server;
    }
    if (this._userName !== undefined) {
      hasAnyValues = true;
      internalValueResult.userName = this._userName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupImageRegistryCredential | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._server = undefined;
      this._userName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._server = value.server;
      this._userName = value.userName;
    }
  }

  // password - computed: false, optional: false, required: true
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // server - computed: false, optional: false, required: true
  private _server?: string; 
  public get server() {
    return this.getStringAttribute('server');
  }
  public set server(value: string) {
    this._server = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server;
  }

  // user_name - computed: false, optional: false, required: true
  private _userName?: string; 
  public get userName() {
    return this.getStringAttribute('user_name');
  }
  public set userName(value: string) {
    this._userName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userNameInput() {
    return this._userName;
  }
}

export class ContainerGroupImageRegistryCredentialList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupImageRegistryCredential[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupImageRegistryCredentialOutputReference {
    return new ContainerGroupImageRegistryCredentialOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupInitContainersEnvironmentVar {
  /**
  * Variable name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#key ContainerGroup#key}
  */
  readonly key: string;
  /**
  * Variable value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#value ContainerGroup#value}
  */
  readonly value: string;
}

export function containerGroupInitContainersEnvironmentVarToTerraform(struct?: ContainerGroupInitContainersEnvironmentVar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function containerGroupInitContainersEnvironmentVarToHclTerraform(struct?: ContainerGroupInitContainersEnvironmentVar | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupInitContainersEnvironmentVarOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupInitContainersEnvironmentVar | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupInitContainersEnvironmentVar | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class ContainerGroupInitContainersEnvironmentVarList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupInitContainersEnvironmentVar[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupInitContainersEnvironmentVarOutputReference {
    return new ContainerGroupInitContainersEnvironmentVarOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupInitContainersPorts {
  /**
  * Port name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name?: string;
  /**
  * Port number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#port ContainerGroup#port}
  */
  readonly port: number;
  /**
  * Protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#protocol ContainerGroup#protocol}
  */
  readonly protocol: string;
}

export function containerGroupInitContainersPortsToTerraform(struct?: ContainerGroupInitContainersPorts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    port: cdktf.numberToTerraform(struct!.port),
    protocol: cdktf.stringToTerraform(struct!.protocol),
  }
}


export function containerGroupInitContainersPortsToHclTerraform(struct?: ContainerGroupInitContainersPorts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    protocol: {
      value: cdktf.stringToHclTerraform(struct!.protocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupInitContainersPortsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupInitContainersPorts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._protocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocol = this._protocol;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupInitContainersPorts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._port = undefined;
      this._protocol = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._port = value.port;
      this._protocol = value.protocol;
    }
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // protocol - computed: false, optional: false, required: true
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
  }
}

export class ContainerGroupInitContainersPortsList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupInitContainersPorts[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupInitContainersPortsOutputReference {
    return new ContainerGroupInitContainersPortsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupInitContainersVolumeMount {
  /**
  * Absolute mount path in the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#mount_path ContainerGroup#mount_path}
  */
  readonly mountPath: string;
  /**
  * Name of a volume in `volumes`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name: string;
  /**
  * Mount read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#read_only ContainerGroup#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
}

export function containerGroupInitContainersVolumeMountToTerraform(struct?: ContainerGroupInitContainersVolumeMount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mount_path: cdktf.stringToTerraform(struct!.mountPath),
    name: cdktf.stringToTerraform(struct!.name),
    read_only: cdktf.booleanToTerraform(struct!.readOnly),
  }
}


export function containerGroupInitContainersVolumeMountToHclTerraform(struct?: ContainerGroupInitContainersVolumeMount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mount_path: {
      value: cdktf.stringToHclTerraform(struct!.mountPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read_only: {
      value: cdktf.booleanToHclTerraform(struct!.readOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupInitContainersVolumeMountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupInitContainersVolumeMount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mountPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.mountPath = this._mountPath;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._readOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readOnly = this._readOnly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupInitContainersVolumeMount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mountPath = undefined;
      this._name = undefined;
      this._readOnly = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mountPath = value.mountPath;
      this._name = value.name;
      this._readOnly = value.readOnly;
    }
  }

  // mount_path - computed: false, optional: false, required: true
  private _mountPath?: string; 
  public get mountPath() {
    return this.getStringAttribute('mount_path');
  }
  public set mountPath(value: string) {
    this._mountPath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mountPathInput() {
    return this._mountPath;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this.getBooleanAttribute('read_only');
  }
  public set readOnly(value: boolean | cdktf.IResolvable) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }
}

export class ContainerGroupInitContainersVolumeMountList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupInitContainersVolumeMount[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupInitContainersVolumeMountOutputReference {
    return new ContainerGroupInitContainersVolumeMountOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupInitContainers {
  /**
  * Arguments (e.g. ["-c", "/app"]).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#args ContainerGroup#args}
  */
  readonly args?: string[];
  /**
  * Entrypoint (e.g. ["/bin/sh"]).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#command ContainerGroup#command}
  */
  readonly command?: string[];
  /**
  * vCPUs for this container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#cpu ContainerGroup#cpu}
  */
  readonly cpu?: number;
  /**
  * GPU cards for this container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#gpu ContainerGroup#gpu}
  */
  readonly gpu?: number;
  /**
  * Image (e.g. nginx:latest).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#image ContainerGroup#image}
  */
  readonly image: string;
  /**
  * When to pull the image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#image_pull_policy ContainerGroup#image_pull_policy}
  */
  readonly imagePullPolicy?: string;
  /**
  * Memory for this container, in GiB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#memory ContainerGroup#memory}
  */
  readonly memory?: number;
  /**
  * Container name (unique in the group; lower-case letters, digits and "-").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name: string;
  /**
  * Working directory.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#working_dir ContainerGroup#working_dir}
  */
  readonly workingDir?: string;
  /**
  * environment_var block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#environment_var ContainerGroup#environment_var}
  */
  readonly environmentVar?: ContainerGroupInitContainersEnvironmentVar[] | cdktf.IResolvable;
  /**
  * ports block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#ports ContainerGroup#ports}
  */
  readonly ports?: ContainerGroupInitContainersPorts[] | cdktf.IResolvable;
  /**
  * volume_mount block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#volume_mount ContainerGroup#volume_mount}
  */
  readonly volumeMount?: ContainerGroupInitContainersVolumeMount[] | cdktf.IResolvable;
}

export function containerGroupInitContainersToTerraform(struct?: ContainerGroupInitContainers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    args: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.args),
    command: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.command),
    cpu: cdktf.numberToTerraform(struct!.cpu),
    gpu: cdktf.numberToTerraform(struct!.gpu),
    image: cdktf.stringToTerraform(struct!.image),
    image_pull_policy: cdktf.stringToTerraform(struct!.imagePullPolicy),
    memory: cdktf.numberToTerraform(struct!.memory),
    name: cdktf.stringToTerraform(struct!.name),
    working_dir: cdktf.stringToTerraform(struct!.workingDir),
    environment_var: cdktf.listMapper(containerGroupInitContainersEnvironmentVarToTerraform, true)(struct!.environmentVar),
    ports: cdktf.listMapper(containerGroupInitContainersPortsToTerraform, true)(struct!.ports),
    volume_mount: cdktf.listMapper(containerGroupInitContainersVolumeMountToTerraform, true)(struct!.volumeMount),
  }
}


export function containerGroupInitContainersToHclTerraform(struct?: ContainerGroupInitContainers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    args: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.args),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    command: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.command),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    cpu: {
      value: cdktf.numberToHclTerraform(struct!.cpu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    gpu: {
      value: cdktf.numberToHclTerraform(struct!.gpu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    image: {
      value: cdktf.stringToHclTerraform(struct!.image),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    image_pull_policy: {
      value: cdktf.stringToHclTerraform(struct!.imagePullPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    memory: {
      value: cdktf.numberToHclTerraform(struct!.memory),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    working_dir: {
      value: cdktf.stringToHclTerraform(struct!.workingDir),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    environment_var: {
      value: cdktf.listMapperHcl(containerGroupInitContainersEnvironmentVarToHclTerraform, true)(struct!.environmentVar),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupInitContainersEnvironmentVarList",
    },
    ports: {
      value: cdktf.listMapperHcl(containerGroupInitContainersPortsToHclTerraform, true)(struct!.ports),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupInitContainersPortsList",
    },
    volume_mount: {
      value: cdktf.listMapperHcl(containerGroupInitContainersVolumeMountToHclTerraform, true)(struct!.volumeMount),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupInitContainersVolumeMountList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupInitContainersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupInitContainers | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._args !== undefined) {
      hasAnyValues = true;
      internalValueResult.args = this._args;
    }
    if (this._command !== undefined) {
      hasAnyValues = true;
      internalValueResult.command = this._command;
    }
    if (this._cpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpu = this._cpu;
    }
    if (this._gpu !== undefined) {
      hasAnyValues = true;
      internalValueResult.gpu = this._gpu;
    }
    if (this._image !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image;
    }
    if (this._imagePullPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.imagePullPolicy = this._imagePullPolicy;
    }
    if (this._memory !== undefined) {
      hasAnyValues = true;
      internalValueResult.memory = this._memory;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._workingDir !== undefined) {
      hasAnyValues = true;
      internalValueResult.workingDir = this._workingDir;
    }
    if (this._environmentVar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.environmentVar = this._environmentVar?.internalValue;
    }
    if (this._ports?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ports = this._ports?.internalValue;
    }
    if (this._volumeMount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeMount = this._volumeMount?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupInitContainers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._args = undefined;
      this._command = undefined;
      this._cpu = undefined;
      this._gpu = undefined;
      this._image = undefined;
      this._imagePullPolicy = undefined;
      this._memory = undefined;
      this._name = undefined;
      this._workingDir = undefined;
      this._environmentVar.internalValue = undefined;
      this._ports.internalValue = undefined;
      this._volumeMount.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._args = value.args;
      this._command = value.command;
      this._cpu = value.cpu;
      this._gpu = value.gpu;
      this._image = value.image;
      this._imagePullPolicy = value.imagePullPolicy;
      this._memory = value.memory;
      this._name = value.name;
      this._workingDir = value.workingDir;
      this._environmentVar.internalValue = value.environmentVar;
      this._ports.internalValue = value.ports;
      this._volumeMount.internalValue = value.volumeMount;
    }
  }

  // args - computed: false, optional: true, required: false
  private _args?: string[]; 
  public get args() {
    return this.getListAttribute('args');
  }
  public set args(value: string[]) {
    this._args = value;
  }
  public resetArgs() {
    this._args = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get argsInput() {
    return this._args;
  }

  // command - computed: false, optional: true, required: false
  private _command?: string[]; 
  public get command() {
    return this.getListAttribute('command');
  }
  public set command(value: string[]) {
    this._command = value;
  }
  public resetCommand() {
    this._command = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commandInput() {
    return this._command;
  }

  // cpu - computed: false, optional: true, required: false
  private _cpu?: number; 
  public get cpu() {
    return this.getNumberAttribute('cpu');
  }
  public set cpu(value: number) {
    this._cpu = value;
  }
  public resetCpu() {
    this._cpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this._cpu;
  }

  // gpu - computed: false, optional: true, required: false
  private _gpu?: number; 
  public get gpu() {
    return this.getNumberAttribute('gpu');
  }
  public set gpu(value: number) {
    this._gpu = value;
  }
  public resetGpu() {
    this._gpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuInput() {
    return this._gpu;
  }

  // image - computed: false, optional: false, required: true
  private _image?: string; 
  public get image() {
    return this.getStringAttribute('image');
  }
  public set image(value: string) {
    this._image = value;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image;
  }

  // image_pull_policy - computed: false, optional: true, required: false
  private _imagePullPolicy?: string; 
  public get imagePullPolicy() {
    return this.getStringAttribute('image_pull_policy');
  }
  public set imagePullPolicy(value: string) {
    this._imagePullPolicy = value;
  }
  public resetImagePullPolicy() {
    this._imagePullPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imagePullPolicyInput() {
    return this._imagePullPolicy;
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // working_dir - computed: false, optional: true, required: false
  private _workingDir?: string; 
  public get workingDir() {
    return this.getStringAttribute('working_dir');
  }
  public set workingDir(value: string) {
    this._workingDir = value;
  }
  public resetWorkingDir() {
    this._workingDir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get workingDirInput() {
    return this._workingDir;
  }

  // environment_var - computed: false, optional: true, required: false
  private _environmentVar = new ContainerGroupInitContainersEnvironmentVarList(this, "environment_var", false);
  public get environmentVar() {
    return this._environmentVar;
  }
  public putEnvironmentVar(value: ContainerGroupInitContainersEnvironmentVar[] | cdktf.IResolvable) {
    this._environmentVar.internalValue = value;
  }
  public resetEnvironmentVar() {
    this._environmentVar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentVarInput() {
    return this._environmentVar.internalValue;
  }

  // ports - computed: false, optional: true, required: false
  private _ports = new ContainerGroupInitContainersPortsList(this, "ports", false);
  public get ports() {
    return this._ports;
  }
  public putPorts(value: ContainerGroupInitContainersPorts[] | cdktf.IResolvable) {
    this._ports.internalValue = value;
  }
  public resetPorts() {
    this._ports.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portsInput() {
    return this._ports.internalValue;
  }

  // volume_mount - computed: false, optional: true, required: false
  private _volumeMount = new ContainerGroupInitContainersVolumeMountList(this, "volume_mount", false);
  public get volumeMount() {
    return this._volumeMount;
  }
  public putVolumeMount(value: ContainerGroupInitContainersVolumeMount[] | cdktf.IResolvable) {
    this._volumeMount.internalValue = value;
  }
  public resetVolumeMount() {
    this._volumeMount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeMountInput() {
    return this._volumeMount.internalValue;
  }
}

export class ContainerGroupInitContainersList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupInitContainers[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupInitContainersOutputReference {
    return new ContainerGroupInitContainersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupSecurityContextSysctl {
  /**
  * Kernel parameter (namespaced only: kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, net.* but net.core.rmem_max).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name: string;
  /**
  * Value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#value ContainerGroup#value}
  */
  readonly value: string;
}

export function containerGroupSecurityContextSysctlToTerraform(struct?: ContainerGroupSecurityContextSysctl | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function containerGroupSecurityContextSysctlToHclTerraform(struct?: ContainerGroupSecurityContextSysctl | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupSecurityContextSysctlOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupSecurityContextSysctl | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupSecurityContextSysctl | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._value = value.value;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class ContainerGroupSecurityContextSysctlList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupSecurityContextSysctl[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupSecurityContextSysctlOutputReference {
    return new ContainerGroupSecurityContextSysctlOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupSecurityContext {
  /**
  * sysctl block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#sysctl ContainerGroup#sysctl}
  */
  readonly sysctl: ContainerGroupSecurityContextSysctl[] | cdktf.IResolvable;
}

export function containerGroupSecurityContextToTerraform(struct?: ContainerGroupSecurityContext | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    sysctl: cdktf.listMapper(containerGroupSecurityContextSysctlToTerraform, true)(struct!.sysctl),
  }
}


export function containerGroupSecurityContextToHclTerraform(struct?: ContainerGroupSecurityContext | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    sysctl: {
      value: cdktf.listMapperHcl(containerGroupSecurityContextSysctlToHclTerraform, true)(struct!.sysctl),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupSecurityContextSysctlList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupSecurityContextOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupSecurityContext | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._sysctl?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sysctl = this._sysctl?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupSecurityContext | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._sysctl.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._sysctl.internalValue = value.sysctl;
    }
  }

  // sysctl - computed: false, optional: false, required: true
  private _sysctl = new ContainerGroupSecurityContextSysctlList(this, "sysctl", false);
  public get sysctl() {
    return this._sysctl;
  }
  public putSysctl(value: ContainerGroupSecurityContextSysctl[] | cdktf.IResolvable) {
    this._sysctl.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sysctlInput() {
    return this._sysctl.internalValue;
  }
}
export interface ContainerGroupTags {
  /**
  * Tag key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#key ContainerGroup#key}
  */
  readonly key?: string;
  /**
  * Tag value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#value ContainerGroup#value}
  */
  readonly value?: string;
}

export function containerGroupTagsToTerraform(struct?: ContainerGroupTags | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function containerGroupTagsToHclTerraform(struct?: ContainerGroupTags | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupTagsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupTags | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupTags | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class ContainerGroupTagsList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupTags[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupTagsOutputReference {
    return new ContainerGroupTagsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupTimeouts {
  /**
  * How long the create may take, e.g. "30m", "1h30m" (default 20m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#create ContainerGroup#create}
  */
  readonly create?: string;
  /**
  * How long the delete may take, e.g. "30m", "1h30m" (default 5m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#delete ContainerGroup#delete}
  */
  readonly delete?: string;
  /**
  * How long the update may take, e.g. "30m", "1h30m" (default 20m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#update ContainerGroup#update}
  */
  readonly update?: string;
}

export function containerGroupTimeoutsToTerraform(struct?: ContainerGroupTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function containerGroupTimeoutsToHclTerraform(struct?: ContainerGroupTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface ContainerGroupVolumesConfigFileVolumeConfigFileToPaths {
  /**
  * File content, base64-encoded. Not returned by the API: kept from the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#content ContainerGroup#content}
  */
  readonly content: string;
  /**
  * Permissions of this file (default: default_mode). Four-digit octal, as a string ("0644").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#mode ContainerGroup#mode}
  */
  readonly mode?: string;
  /**
  * File path inside the volume.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#path ContainerGroup#path}
  */
  readonly path: string;
}

export function containerGroupVolumesConfigFileVolumeConfigFileToPathsToTerraform(struct?: ContainerGroupVolumesConfigFileVolumeConfigFileToPaths | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    content: cdktf.stringToTerraform(struct!.content),
    mode: cdktf.stringToTerraform(struct!.mode),
    path: cdktf.stringToTerraform(struct!.path),
  }
}


export function containerGroupVolumesConfigFileVolumeConfigFileToPathsToHclTerraform(struct?: ContainerGroupVolumesConfigFileVolumeConfigFileToPaths | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    content: {
      value: cdktf.stringToHclTerraform(struct!.content),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesConfigFileVolumeConfigFileToPathsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupVolumesConfigFileVolumeConfigFileToPaths | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._content !== undefined) {
      hasAnyValues = true;
      internalValueResult.content = this._content;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesConfigFileVolumeConfigFileToPaths | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._content = undefined;
      this._mode = undefined;
      this._path = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._content = value.content;
      this._mode = value.mode;
      this._path = value.path;
    }
  }

  // content - computed: false, optional: false, required: true
  private _content?: string; 
  public get content() {
    return this.getStringAttribute('content');
  }
  public set content(value: string) {
    this._content = value;
  }
  // Temporarily expose input value. Use with caution.
  public get contentInput() {
    return this._content;
  }

  // mode - computed: false, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }
}

export class ContainerGroupVolumesConfigFileVolumeConfigFileToPathsList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupVolumesConfigFileVolumeConfigFileToPaths[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupVolumesConfigFileVolumeConfigFileToPathsOutputReference {
    return new ContainerGroupVolumesConfigFileVolumeConfigFileToPathsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupVolumesConfigFileVolume {
  /**
  * Default permissions of the files. Four-digit octal, as a string ("0644").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#default_mode ContainerGroup#default_mode}
  */
  readonly defaultMode?: string;
  /**
  * config_file_to_paths block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#config_file_to_paths ContainerGroup#config_file_to_paths}
  */
  readonly configFileToPaths: ContainerGroupVolumesConfigFileVolumeConfigFileToPaths[] | cdktf.IResolvable;
}

export function containerGroupVolumesConfigFileVolumeToTerraform(struct?: ContainerGroupVolumesConfigFileVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_mode: cdktf.stringToTerraform(struct!.defaultMode),
    config_file_to_paths: cdktf.listMapper(containerGroupVolumesConfigFileVolumeConfigFileToPathsToTerraform, true)(struct!.configFileToPaths),
  }
}


export function containerGroupVolumesConfigFileVolumeToHclTerraform(struct?: ContainerGroupVolumesConfigFileVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_mode: {
      value: cdktf.stringToHclTerraform(struct!.defaultMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    config_file_to_paths: {
      value: cdktf.listMapperHcl(containerGroupVolumesConfigFileVolumeConfigFileToPathsToHclTerraform, true)(struct!.configFileToPaths),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupVolumesConfigFileVolumeConfigFileToPathsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesConfigFileVolumeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesConfigFileVolume | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultMode = this._defaultMode;
    }
    if (this._configFileToPaths?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.configFileToPaths = this._configFileToPaths?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesConfigFileVolume | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultMode = undefined;
      this._configFileToPaths.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultMode = value.defaultMode;
      this._configFileToPaths.internalValue = value.configFileToPaths;
    }
  }

  // default_mode - computed: false, optional: true, required: false
  private _defaultMode?: string; 
  public get defaultMode() {
    return this.getStringAttribute('default_mode');
  }
  public set defaultMode(value: string) {
    this._defaultMode = value;
  }
  public resetDefaultMode() {
    this._defaultMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultModeInput() {
    return this._defaultMode;
  }

  // config_file_to_paths - computed: false, optional: false, required: true
  private _configFileToPaths = new ContainerGroupVolumesConfigFileVolumeConfigFileToPathsList(this, "config_file_to_paths", false);
  public get configFileToPaths() {
    return this._configFileToPaths;
  }
  public putConfigFileToPaths(value: ContainerGroupVolumesConfigFileVolumeConfigFileToPaths[] | cdktf.IResolvable) {
    this._configFileToPaths.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get configFileToPathsInput() {
    return this._configFileToPaths.internalValue;
  }
}
export interface ContainerGroupVolumesDiskVolume {
  /**
  * File system (an existing one is mounted as it is).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#fs_type ContainerGroup#fs_type}
  */
  readonly fsType: string;
  /**
  * Cloud disk id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#volume_handle ContainerGroup#volume_handle}
  */
  readonly volumeHandle: string;
}

export function containerGroupVolumesDiskVolumeToTerraform(struct?: ContainerGroupVolumesDiskVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    fs_type: cdktf.stringToTerraform(struct!.fsType),
    volume_handle: cdktf.stringToTerraform(struct!.volumeHandle),
  }
}


export function containerGroupVolumesDiskVolumeToHclTerraform(struct?: ContainerGroupVolumesDiskVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    fs_type: {
      value: cdktf.stringToHclTerraform(struct!.fsType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    volume_handle: {
      value: cdktf.stringToHclTerraform(struct!.volumeHandle),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesDiskVolumeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesDiskVolume | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fsType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fsType = this._fsType;
    }
    if (this._volumeHandle !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeHandle = this._volumeHandle;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesDiskVolume | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fsType = undefined;
      this._volumeHandle = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fsType = value.fsType;
      this._volumeHandle = value.volumeHandle;
    }
  }

  // fs_type - computed: false, optional: false, required: true
  private _fsType?: string; 
  public get fsType() {
    return this.getStringAttribute('fs_type');
  }
  public set fsType(value: string) {
    this._fsType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fsTypeInput() {
    return this._fsType;
  }

  // volume_handle - computed: false, optional: false, required: true
  private _volumeHandle?: string; 
  public get volumeHandle() {
    return this.getStringAttribute('volume_handle');
  }
  public set volumeHandle(value: string) {
    this._volumeHandle = value;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeHandleInput() {
    return this._volumeHandle;
  }
}
export interface ContainerGroupVolumesDownwardApiVolumeItemsFieldRef {
  /**
  * The pod field written to the file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#field_path ContainerGroup#field_path}
  */
  readonly fieldPath?: string;
}

export function containerGroupVolumesDownwardApiVolumeItemsFieldRefToTerraform(struct?: ContainerGroupVolumesDownwardApiVolumeItemsFieldRef | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    field_path: cdktf.stringToTerraform(struct!.fieldPath),
  }
}


export function containerGroupVolumesDownwardApiVolumeItemsFieldRefToHclTerraform(struct?: ContainerGroupVolumesDownwardApiVolumeItemsFieldRef | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    field_path: {
      value: cdktf.stringToHclTerraform(struct!.fieldPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesDownwardApiVolumeItemsFieldRefOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesDownwardApiVolumeItemsFieldRef | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fieldPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldPath = this._fieldPath;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesDownwardApiVolumeItemsFieldRef | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fieldPath = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fieldPath = value.fieldPath;
    }
  }

  // field_path - computed: false, optional: true, required: false
  private _fieldPath?: string; 
  public get fieldPath() {
    return this.getStringAttribute('field_path');
  }
  public set fieldPath(value: string) {
    this._fieldPath = value;
  }
  public resetFieldPath() {
    this._fieldPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldPathInput() {
    return this._fieldPath;
  }
}
export interface ContainerGroupVolumesDownwardApiVolumeItems {
  /**
  * Permissions of this file (default: default_mode). Four-digit octal, as a string ("0644").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#mode ContainerGroup#mode}
  */
  readonly mode?: string;
  /**
  * File path inside the volume.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#path ContainerGroup#path}
  */
  readonly path: string;
  /**
  * field_ref block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#field_ref ContainerGroup#field_ref}
  */
  readonly fieldRef?: ContainerGroupVolumesDownwardApiVolumeItemsFieldRef;
}

export function containerGroupVolumesDownwardApiVolumeItemsToTerraform(struct?: ContainerGroupVolumesDownwardApiVolumeItems | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mode: cdktf.stringToTerraform(struct!.mode),
    path: cdktf.stringToTerraform(struct!.path),
    field_ref: containerGroupVolumesDownwardApiVolumeItemsFieldRefToTerraform(struct!.fieldRef),
  }
}


export function containerGroupVolumesDownwardApiVolumeItemsToHclTerraform(struct?: ContainerGroupVolumesDownwardApiVolumeItems | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field_ref: {
      value: containerGroupVolumesDownwardApiVolumeItemsFieldRefToHclTerraform(struct!.fieldRef),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesDownwardApiVolumeItemsFieldRef",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesDownwardApiVolumeItemsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupVolumesDownwardApiVolumeItems | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._fieldRef?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldRef = this._fieldRef?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesDownwardApiVolumeItems | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mode = undefined;
      this._path = undefined;
      this._fieldRef.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mode = value.mode;
      this._path = value.path;
      this._fieldRef.internalValue = value.fieldRef;
    }
  }

  // mode - computed: false, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // field_ref - computed: false, optional: true, required: false
  private _fieldRef = new ContainerGroupVolumesDownwardApiVolumeItemsFieldRefOutputReference(this, "field_ref");
  public get fieldRef() {
    return this._fieldRef;
  }
  public putFieldRef(value: ContainerGroupVolumesDownwardApiVolumeItemsFieldRef) {
    this._fieldRef.internalValue = value;
  }
  public resetFieldRef() {
    this._fieldRef.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldRefInput() {
    return this._fieldRef.internalValue;
  }
}

export class ContainerGroupVolumesDownwardApiVolumeItemsList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupVolumesDownwardApiVolumeItems[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupVolumesDownwardApiVolumeItemsOutputReference {
    return new ContainerGroupVolumesDownwardApiVolumeItemsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ContainerGroupVolumesDownwardApiVolume {
  /**
  * Default permissions of the files. Four-digit octal, as a string ("0644").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#default_mode ContainerGroup#default_mode}
  */
  readonly defaultMode?: string;
  /**
  * items block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#items ContainerGroup#items}
  */
  readonly items: ContainerGroupVolumesDownwardApiVolumeItems[] | cdktf.IResolvable;
}

export function containerGroupVolumesDownwardApiVolumeToTerraform(struct?: ContainerGroupVolumesDownwardApiVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_mode: cdktf.stringToTerraform(struct!.defaultMode),
    items: cdktf.listMapper(containerGroupVolumesDownwardApiVolumeItemsToTerraform, true)(struct!.items),
  }
}


export function containerGroupVolumesDownwardApiVolumeToHclTerraform(struct?: ContainerGroupVolumesDownwardApiVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_mode: {
      value: cdktf.stringToHclTerraform(struct!.defaultMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    items: {
      value: cdktf.listMapperHcl(containerGroupVolumesDownwardApiVolumeItemsToHclTerraform, true)(struct!.items),
      isBlock: true,
      type: "list",
      storageClassType: "ContainerGroupVolumesDownwardApiVolumeItemsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesDownwardApiVolumeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesDownwardApiVolume | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultMode = this._defaultMode;
    }
    if (this._items?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.items = this._items?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesDownwardApiVolume | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultMode = undefined;
      this._items.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultMode = value.defaultMode;
      this._items.internalValue = value.items;
    }
  }

  // default_mode - computed: false, optional: true, required: false
  private _defaultMode?: string; 
  public get defaultMode() {
    return this.getStringAttribute('default_mode');
  }
  public set defaultMode(value: string) {
    this._defaultMode = value;
  }
  public resetDefaultMode() {
    this._defaultMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultModeInput() {
    return this._defaultMode;
  }

  // items - computed: false, optional: false, required: true
  private _items = new ContainerGroupVolumesDownwardApiVolumeItemsList(this, "items", false);
  public get items() {
    return this._items;
  }
  public putItems(value: ContainerGroupVolumesDownwardApiVolumeItems[] | cdktf.IResolvable) {
    this._items.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get itemsInput() {
    return this._items.internalValue;
  }
}
export interface ContainerGroupVolumesEmptyDirVolume {
  /**
  * "" for the node's file system, "Memory" for tmpfs (mount at /dev/shm for shared memory).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#medium ContainerGroup#medium}
  */
  readonly medium: string;
  /**
  * Size limit in MB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#size_limit ContainerGroup#size_limit}
  */
  readonly sizeLimit?: number;
}

export function containerGroupVolumesEmptyDirVolumeToTerraform(struct?: ContainerGroupVolumesEmptyDirVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    medium: cdktf.stringToTerraform(struct!.medium),
    size_limit: cdktf.numberToTerraform(struct!.sizeLimit),
  }
}


export function containerGroupVolumesEmptyDirVolumeToHclTerraform(struct?: ContainerGroupVolumesEmptyDirVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    medium: {
      value: cdktf.stringToHclTerraform(struct!.medium),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    size_limit: {
      value: cdktf.numberToHclTerraform(struct!.sizeLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesEmptyDirVolumeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesEmptyDirVolume | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._medium !== undefined) {
      hasAnyValues = true;
      internalValueResult.medium = this._medium;
    }
    if (this._sizeLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.sizeLimit = this._sizeLimit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesEmptyDirVolume | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._medium = undefined;
      this._sizeLimit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._medium = value.medium;
      this._sizeLimit = value.sizeLimit;
    }
  }

  // medium - computed: false, optional: false, required: true
  private _medium?: string; 
  public get medium() {
    return this.getStringAttribute('medium');
  }
  public set medium(value: string) {
    this._medium = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mediumInput() {
    return this._medium;
  }

  // size_limit - computed: false, optional: true, required: false
  private _sizeLimit?: number; 
  public get sizeLimit() {
    return this.getNumberAttribute('size_limit');
  }
  public set sizeLimit(value: number) {
    this._sizeLimit = value;
  }
  public resetSizeLimit() {
    this._sizeLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeLimitInput() {
    return this._sizeLimit;
  }
}
export interface ContainerGroupVolumesNasVolume {
  /**
  * Mount read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#read_only ContainerGroup#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
  /**
  * NAS path (in the same VPC as the group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#source_path ContainerGroup#source_path}
  */
  readonly sourcePath: string;
}

export function containerGroupVolumesNasVolumeToTerraform(struct?: ContainerGroupVolumesNasVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    read_only: cdktf.booleanToTerraform(struct!.readOnly),
    source_path: cdktf.stringToTerraform(struct!.sourcePath),
  }
}


export function containerGroupVolumesNasVolumeToHclTerraform(struct?: ContainerGroupVolumesNasVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    read_only: {
      value: cdktf.booleanToHclTerraform(struct!.readOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_path: {
      value: cdktf.stringToHclTerraform(struct!.sourcePath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesNasVolumeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesNasVolume | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._readOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readOnly = this._readOnly;
    }
    if (this._sourcePath !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePath = this._sourcePath;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesNasVolume | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._readOnly = undefined;
      this._sourcePath = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._readOnly = value.readOnly;
      this._sourcePath = value.sourcePath;
    }
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this.getBooleanAttribute('read_only');
  }
  public set readOnly(value: boolean | cdktf.IResolvable) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }

  // source_path - computed: false, optional: false, required: true
  private _sourcePath?: string; 
  public get sourcePath() {
    return this.getStringAttribute('source_path');
  }
  public set sourcePath(value: string) {
    this._sourcePath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePathInput() {
    return this._sourcePath;
  }
}
export interface ContainerGroupVolumesZosVolume {
  /**
  * Bucket name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#bucket ContainerGroup#bucket}
  */
  readonly bucket: string;
  /**
  * base64 of "ak:sk" for the bucket (seed 003 spells it crendential).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#crendential ContainerGroup#crendential}
  */
  readonly crendential: string;
  /**
  * Mount read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#read_only ContainerGroup#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
  /**
  * Bucket endpoint URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#url ContainerGroup#url}
  */
  readonly url: string;
}

export function containerGroupVolumesZosVolumeToTerraform(struct?: ContainerGroupVolumesZosVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bucket: cdktf.stringToTerraform(struct!.bucket),
    crendential: cdktf.stringToTerraform(struct!.crendential),
    read_only: cdktf.booleanToTerraform(struct!.readOnly),
    url: cdktf.stringToTerraform(struct!.url),
  }
}


export function containerGroupVolumesZosVolumeToHclTerraform(struct?: ContainerGroupVolumesZosVolume | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bucket: {
      value: cdktf.stringToHclTerraform(struct!.bucket),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    crendential: {
      value: cdktf.stringToHclTerraform(struct!.crendential),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read_only: {
      value: cdktf.booleanToHclTerraform(struct!.readOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesZosVolumeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ContainerGroupVolumesZosVolume | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bucket !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucket = this._bucket;
    }
    if (this._crendential !== undefined) {
      hasAnyValues = true;
      internalValueResult.crendential = this._crendential;
    }
    if (this._readOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readOnly = this._readOnly;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumesZosVolume | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bucket = undefined;
      this._crendential = undefined;
      this._readOnly = undefined;
      this._url = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bucket = value.bucket;
      this._crendential = value.crendential;
      this._readOnly = value.readOnly;
      this._url = value.url;
    }
  }

  // bucket - computed: false, optional: false, required: true
  private _bucket?: string; 
  public get bucket() {
    return this.getStringAttribute('bucket');
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
  }

  // crendential - computed: false, optional: false, required: true
  private _crendential?: string; 
  public get crendential() {
    return this.getStringAttribute('crendential');
  }
  public set crendential(value: string) {
    this._crendential = value;
  }
  // Temporarily expose input value. Use with caution.
  public get crendentialInput() {
    return this._crendential;
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this.getBooleanAttribute('read_only');
  }
  public set readOnly(value: boolean | cdktf.IResolvable) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }
}
export interface ContainerGroupVolumes {
  /**
  * Volume name (what volume_mount.name refers to).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#name ContainerGroup#name}
  */
  readonly name: string;
  /**
  * Volume type; the matching *_volume block describes it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#type ContainerGroup#type}
  */
  readonly type: string;
  /**
  * config_file_volume block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#config_file_volume ContainerGroup#config_file_volume}
  */
  readonly configFileVolume?: ContainerGroupVolumesConfigFileVolume;
  /**
  * disk_volume block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#disk_volume ContainerGroup#disk_volume}
  */
  readonly diskVolume?: ContainerGroupVolumesDiskVolume;
  /**
  * downward_api_volume block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#downward_api_volume ContainerGroup#downward_api_volume}
  */
  readonly downwardApiVolume?: ContainerGroupVolumesDownwardApiVolume;
  /**
  * empty_dir_volume block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#empty_dir_volume ContainerGroup#empty_dir_volume}
  */
  readonly emptyDirVolume?: ContainerGroupVolumesEmptyDirVolume;
  /**
  * nas_volume block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#nas_volume ContainerGroup#nas_volume}
  */
  readonly nasVolume?: ContainerGroupVolumesNasVolume;
  /**
  * zos_volume block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#zos_volume ContainerGroup#zos_volume}
  */
  readonly zosVolume?: ContainerGroupVolumesZosVolume;
}

export function containerGroupVolumesToTerraform(struct?: ContainerGroupVolumes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    type: cdktf.stringToTerraform(struct!.type),
    config_file_volume: containerGroupVolumesConfigFileVolumeToTerraform(struct!.configFileVolume),
    disk_volume: containerGroupVolumesDiskVolumeToTerraform(struct!.diskVolume),
    downward_api_volume: containerGroupVolumesDownwardApiVolumeToTerraform(struct!.downwardApiVolume),
    empty_dir_volume: containerGroupVolumesEmptyDirVolumeToTerraform(struct!.emptyDirVolume),
    nas_volume: containerGroupVolumesNasVolumeToTerraform(struct!.nasVolume),
    zos_volume: containerGroupVolumesZosVolumeToTerraform(struct!.zosVolume),
  }
}


export function containerGroupVolumesToHclTerraform(struct?: ContainerGroupVolumes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    config_file_volume: {
      value: containerGroupVolumesConfigFileVolumeToHclTerraform(struct!.configFileVolume),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesConfigFileVolume",
    },
    disk_volume: {
      value: containerGroupVolumesDiskVolumeToHclTerraform(struct!.diskVolume),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesDiskVolume",
    },
    downward_api_volume: {
      value: containerGroupVolumesDownwardApiVolumeToHclTerraform(struct!.downwardApiVolume),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesDownwardApiVolume",
    },
    empty_dir_volume: {
      value: containerGroupVolumesEmptyDirVolumeToHclTerraform(struct!.emptyDirVolume),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesEmptyDirVolume",
    },
    nas_volume: {
      value: containerGroupVolumesNasVolumeToHclTerraform(struct!.nasVolume),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesNasVolume",
    },
    zos_volume: {
      value: containerGroupVolumesZosVolumeToHclTerraform(struct!.zosVolume),
      isBlock: true,
      type: "struct",
      storageClassType: "ContainerGroupVolumesZosVolume",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ContainerGroupVolumesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ContainerGroupVolumes | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._configFileVolume?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.configFileVolume = this._configFileVolume?.internalValue;
    }
    if (this._diskVolume?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskVolume = this._diskVolume?.internalValue;
    }
    if (this._downwardApiVolume?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.downwardApiVolume = this._downwardApiVolume?.internalValue;
    }
    if (this._emptyDirVolume?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.emptyDirVolume = this._emptyDirVolume?.internalValue;
    }
    if (this._nasVolume?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.nasVolume = this._nasVolume?.internalValue;
    }
    if (this._zosVolume?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.zosVolume = this._zosVolume?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ContainerGroupVolumes | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._type = undefined;
      this._configFileVolume.internalValue = undefined;
      this._diskVolume.internalValue = undefined;
      this._downwardApiVolume.internalValue = undefined;
      this._emptyDirVolume.internalValue = undefined;
      this._nasVolume.internalValue = undefined;
      this._zosVolume.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._type = value.type;
      this._configFileVolume.internalValue = value.configFileVolume;
      this._diskVolume.internalValue = value.diskVolume;
      this._downwardApiVolume.internalValue = value.downwardApiVolume;
      this._emptyDirVolume.internalValue = value.emptyDirVolume;
      this._nasVolume.internalValue = value.nasVolume;
      this._zosVolume.internalValue = value.zosVolume;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // config_file_volume - computed: false, optional: true, required: false
  private _configFileVolume = new ContainerGroupVolumesConfigFileVolumeOutputReference(this, "config_file_volume");
  public get configFileVolume() {
    return this._configFileVolume;
  }
  public putConfigFileVolume(value: ContainerGroupVolumesConfigFileVolume) {
    this._configFileVolume.internalValue = value;
  }
  public resetConfigFileVolume() {
    this._configFileVolume.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configFileVolumeInput() {
    return this._configFileVolume.internalValue;
  }

  // disk_volume - computed: false, optional: false, required: true
  private _diskVolume = new ContainerGroupVolumesDiskVolumeOutputReference(this, "disk_volume");
  public get diskVolume() {
    return this._diskVolume;
  }
  public putDiskVolume(value: ContainerGroupVolumesDiskVolume) {
    this._diskVolume.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get diskVolumeInput() {
    return this._diskVolume.internalValue;
  }

  // downward_api_volume - computed: false, optional: true, required: false
  private _downwardApiVolume = new ContainerGroupVolumesDownwardApiVolumeOutputReference(this, "downward_api_volume");
  public get downwardApiVolume() {
    return this._downwardApiVolume;
  }
  public putDownwardApiVolume(value: ContainerGroupVolumesDownwardApiVolume) {
    this._downwardApiVolume.internalValue = value;
  }
  public resetDownwardApiVolume() {
    this._downwardApiVolume.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get downwardApiVolumeInput() {
    return this._downwardApiVolume.internalValue;
  }

  // empty_dir_volume - computed: false, optional: true, required: false
  private _emptyDirVolume = new ContainerGroupVolumesEmptyDirVolumeOutputReference(this, "empty_dir_volume");
  public get emptyDirVolume() {
    return this._emptyDirVolume;
  }
  public putEmptyDirVolume(value: ContainerGroupVolumesEmptyDirVolume) {
    this._emptyDirVolume.internalValue = value;
  }
  public resetEmptyDirVolume() {
    this._emptyDirVolume.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emptyDirVolumeInput() {
    return this._emptyDirVolume.internalValue;
  }

  // nas_volume - computed: false, optional: true, required: false
  private _nasVolume = new ContainerGroupVolumesNasVolumeOutputReference(this, "nas_volume");
  public get nasVolume() {
    return this._nasVolume;
  }
  public putNasVolume(value: ContainerGroupVolumesNasVolume) {
    this._nasVolume.internalValue = value;
  }
  public resetNasVolume() {
    this._nasVolume.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nasVolumeInput() {
    return this._nasVolume.internalValue;
  }

  // zos_volume - computed: false, optional: true, required: false
  private _zosVolume = new ContainerGroupVolumesZosVolumeOutputReference(this, "zos_volume");
  public get zosVolume() {
    return this._zosVolume;
  }
  public putZosVolume(value: ContainerGroupVolumesZosVolume) {
    this._zosVolume.internalValue = value;
  }
  public resetZosVolume() {
    this._zosVolume.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zosVolumeInput() {
    return this._zosVolume.internalValue;
  }
}

export class ContainerGroupVolumesList extends cdktf.ComplexList {
  public internalValue? : ContainerGroupVolumes[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ContainerGroupVolumesOutputReference {
    return new ContainerGroupVolumesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group novaform_container_group}
*/
export class ContainerGroup extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "novaform_container_group";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ContainerGroup resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ContainerGroup to import
  * @param importFromId The id of the existing ContainerGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ContainerGroup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "novaform_container_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/resources/container_group novaform_container_group} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ContainerGroupConfig
  */
  public constructor(scope: Construct, id: string, config: ContainerGroupConfig) {
    super(scope, id, {
      terraformResourceType: 'novaform_container_group',
      terraformGeneratorMetadata: {
        providerName: 'novaform',
        providerVersion: '0.1.0',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._alsInstanceId = config.alsInstanceId;
    this._autoMatchImageCache = config.autoMatchImageCache;
    this._containerGroupName = config.containerGroupName;
    this._cpu = config.cpu;
    this._cpuArchitecture = config.cpuArchitecture;
    this._dataCacheBucket = config.dataCacheBucket;
    this._epId = config.epId;
    this._ephemeralVolume = config.ephemeralVolume;
    this._flavorName = config.flavorName;
    this._gpu = config.gpu;
    this._hostName = config.hostName;
    this._iamRoleName = config.iamRoleName;
    this._imageCacheId = config.imageCacheId;
    this._memory = config.memory;
    this._restartPolicy = config.restartPolicy;
    this._securityGroupId = config.securityGroupId;
    this._vSwitchId = config.vSwitchId;
    this._vpcId = config.vpcId;
    this._azInfo.internalValue = config.azInfo;
    this._containers.internalValue = config.containers;
    this._dnsConfig.internalValue = config.dnsConfig;
    this._eip.internalValue = config.eip;
    this._hostAliases.internalValue = config.hostAliases;
    this._imageRegistryCredential.internalValue = config.imageRegistryCredential;
    this._initContainers.internalValue = config.initContainers;
    this._securityContext.internalValue = config.securityContext;
    this._tags.internalValue = config.tags;
    this._timeouts.internalValue = config.timeouts;
    this._volumes.internalValue = config.volumes;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // als_instance_id - computed: false, optional: true, required: false
  private _alsInstanceId?: string; 
  public get alsInstanceId() {
    return this.getStringAttribute('als_instance_id');
  }
  public set alsInstanceId(value: string) {
    this._alsInstanceId = value;
  }
  public resetAlsInstanceId() {
    this._alsInstanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alsInstanceIdInput() {
    return this._alsInstanceId;
  }

  // auto_match_image_cache - computed: false, optional: true, required: false
  private _autoMatchImageCache?: boolean | cdktf.IResolvable; 
  public get autoMatchImageCache() {
    return this.getBooleanAttribute('auto_match_image_cache');
  }
  public set autoMatchImageCache(value: boolean | cdktf.IResolvable) {
    this._autoMatchImageCache = value;
  }
  public resetAutoMatchImageCache() {
    this._autoMatchImageCache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoMatchImageCacheInput() {
    return this._autoMatchImageCache;
  }

  // container_group_name - computed: false, optional: false, required: true
  private _containerGroupName?: string; 
  public get containerGroupName() {
    return this.getStringAttribute('container_group_name');
  }
  public set containerGroupName(value: string) {
    this._containerGroupName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get containerGroupNameInput() {
    return this._containerGroupName;
  }

  // container_states - computed: true, optional: false, required: false
  private _containerStates = new ContainerGroupContainerStatesList(this, "container_states", false);
  public get containerStates() {
    return this._containerStates;
  }

  // cpu - computed: true, optional: true, required: false
  private _cpu?: number; 
  public get cpu() {
    return this.getNumberAttribute('cpu');
  }
  public set cpu(value: number) {
    this._cpu = value;
  }
  public resetCpu() {
    this._cpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this._cpu;
  }

  // cpu_architecture - computed: false, optional: true, required: false
  private _cpuArchitecture?: string; 
  public get cpuArchitecture() {
    return this.getStringAttribute('cpu_architecture');
  }
  public set cpuArchitecture(value: string) {
    this._cpuArchitecture = value;
  }
  public resetCpuArchitecture() {
    this._cpuArchitecture = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuArchitectureInput() {
    return this._cpuArchitecture;
  }

  // creation_time - computed: true, optional: false, required: false
  public get creationTime() {
    return this.getStringAttribute('creation_time');
  }

  // data_cache_bucket - computed: false, optional: true, required: false
  private _dataCacheBucket?: string; 
  public get dataCacheBucket() {
    return this.getStringAttribute('data_cache_bucket');
  }
  public set dataCacheBucket(value: string) {
    this._dataCacheBucket = value;
  }
  public resetDataCacheBucket() {
    this._dataCacheBucket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataCacheBucketInput() {
    return this._dataCacheBucket;
  }

  // ep_id - computed: false, optional: true, required: false
  private _epId?: string; 
  public get epId() {
    return this.getStringAttribute('ep_id');
  }
  public set epId(value: string) {
    this._epId = value;
  }
  public resetEpId() {
    this._epId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get epIdInput() {
    return this._epId;
  }

  // ephemeral_volume - computed: false, optional: true, required: false
  private _ephemeralVolume?: number; 
  public get ephemeralVolume() {
    return this.getNumberAttribute('ephemeral_volume');
  }
  public set ephemeralVolume(value: number) {
    this._ephemeralVolume = value;
  }
  public resetEphemeralVolume() {
    this._ephemeralVolume = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ephemeralVolumeInput() {
    return this._ephemeralVolume;
  }

  // flavor_name - computed: false, optional: true, required: false
  private _flavorName?: string; 
  public get flavorName() {
    return this.getStringAttribute('flavor_name');
  }
  public set flavorName(value: string) {
    this._flavorName = value;
  }
  public resetFlavorName() {
    this._flavorName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flavorNameInput() {
    return this._flavorName;
  }

  // gpu - computed: true, optional: true, required: false
  private _gpu?: number; 
  public get gpu() {
    return this.getNumberAttribute('gpu');
  }
  public set gpu(value: number) {
    this._gpu = value;
  }
  public resetGpu() {
    this._gpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuInput() {
    return this._gpu;
  }

  // host_name - computed: false, optional: true, required: false
  private _hostName?: string; 
  public get hostName() {
    return this.getStringAttribute('host_name');
  }
  public set hostName(value: string) {
    this._hostName = value;
  }
  public resetHostName() {
    this._hostName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostNameInput() {
    return this._hostName;
  }

  // iam_role_name - computed: false, optional: true, required: false
  private _iamRoleName?: string; 
  public get iamRoleName() {
    return this.getStringAttribute('iam_role_name');
  }
  public set iamRoleName(value: string) {
    this._iamRoleName = value;
  }
  public resetIamRoleName() {
    this._iamRoleName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iamRoleNameInput() {
    return this._iamRoleName;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // image_cache_id - computed: false, optional: true, required: false
  private _imageCacheId?: string; 
  public get imageCacheId() {
    return this.getStringAttribute('image_cache_id');
  }
  public set imageCacheId(value: string) {
    this._imageCacheId = value;
  }
  public resetImageCacheId() {
    this._imageCacheId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageCacheIdInput() {
    return this._imageCacheId;
  }

  // internet_ip - computed: true, optional: false, required: false
  public get internetIp() {
    return this.getStringAttribute('internet_ip');
  }

  // intranet_ip - computed: true, optional: false, required: false
  public get intranetIp() {
    return this.getStringAttribute('intranet_ip');
  }

  // memory - computed: true, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // restart_policy - computed: false, optional: false, required: true
  private _restartPolicy?: string; 
  public get restartPolicy() {
    return this.getStringAttribute('restart_policy');
  }
  public set restartPolicy(value: string) {
    this._restartPolicy = value;
  }
  // Temporarily expose input value. Use with caution.
  public get restartPolicyInput() {
    return this._restartPolicy;
  }

  // security_group_id - computed: false, optional: false, required: true
  private _securityGroupId?: string; 
  public get securityGroupId() {
    return this.getStringAttribute('security_group_id');
  }
  public set securityGroupId(value: string) {
    this._securityGroupId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get securityGroupIdInput() {
    return this._securityGroupId;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // unverified_attributes - computed: true, optional: false, required: false
  public get unverifiedAttributes() {
    return this.getListAttribute('unverified_attributes');
  }

  // v_switch_id - computed: false, optional: false, required: true
  private _vSwitchId?: string; 
  public get vSwitchId() {
    return this.getStringAttribute('v_switch_id');
  }
  public set vSwitchId(value: string) {
    this._vSwitchId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vSwitchIdInput() {
    return this._vSwitchId;
  }

  // vpc_id - computed: false, optional: false, required: true
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // az_info - computed: false, optional: false, required: true
  private _azInfo = new ContainerGroupAzInfoOutputReference(this, "az_info");
  public get azInfo() {
    return this._azInfo;
  }
  public putAzInfo(value: ContainerGroupAzInfo) {
    this._azInfo.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get azInfoInput() {
    return this._azInfo.internalValue;
  }

  // containers - computed: false, optional: false, required: true
  private _containers = new ContainerGroupContainersList(this, "containers", false);
  public get containers() {
    return this._containers;
  }
  public putContainers(value: ContainerGroupContainers[] | cdktf.IResolvable) {
    this._containers.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get containersInput() {
    return this._containers.internalValue;
  }

  // dns_config - computed: false, optional: true, required: false
  private _dnsConfig = new ContainerGroupDnsConfigOutputReference(this, "dns_config");
  public get dnsConfig() {
    return this._dnsConfig;
  }
  public putDnsConfig(value: ContainerGroupDnsConfig) {
    this._dnsConfig.internalValue = value;
  }
  public resetDnsConfig() {
    this._dnsConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsConfigInput() {
    return this._dnsConfig.internalValue;
  }

  // eip - computed: false, optional: true, required: false
  private _eip = new ContainerGroupEipOutputReference(this, "eip");
  public get eip() {
    return this._eip;
  }
  public putEip(value: ContainerGroupEip) {
    this._eip.internalValue = value;
  }
  public resetEip() {
    this._eip.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eipInput() {
    return this._eip.internalValue;
  }

  // host_aliases - computed: false, optional: true, required: false
  private _hostAliases = new ContainerGroupHostAliasesList(this, "host_aliases", false);
  public get hostAliases() {
    return this._hostAliases;
  }
  public putHostAliases(value: ContainerGroupHostAliases[] | cdktf.IResolvable) {
    this._hostAliases.internalValue = value;
  }
  public resetHostAliases() {
    this._hostAliases.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostAliasesInput() {
    return this._hostAliases.internalValue;
  }

  // image_registry_credential - computed: false, optional: true, required: false
  private _imageRegistryCredential = new ContainerGroupImageRegistryCredentialList(this, "image_registry_credential", false);
  public get imageRegistryCredential() {
    return this._imageRegistryCredential;
  }
  public putImageRegistryCredential(value: ContainerGroupImageRegistryCredential[] | cdktf.IResolvable) {
    this._imageRegistryCredential.internalValue = value;
  }
  public resetImageRegistryCredential() {
    this._imageRegistryCredential.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageRegistryCredentialInput() {
    return this._imageRegistryCredential.internalValue;
  }

  // init_containers - computed: false, optional: true, required: false
  private _initContainers = new ContainerGroupInitContainersList(this, "init_containers", false);
  public get initContainers() {
    return this._initContainers;
  }
  public putInitContainers(value: ContainerGroupInitContainers[] | cdktf.IResolvable) {
    this._initContainers.internalValue = value;
  }
  public resetInitContainers() {
    this._initContainers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initContainersInput() {
    return this._initContainers.internalValue;
  }

  // security_context - computed: false, optional: false, required: true
  private _securityContext = new ContainerGroupSecurityContextOutputReference(this, "security_context");
  public get securityContext() {
    return this._securityContext;
  }
  public putSecurityContext(value: ContainerGroupSecurityContext) {
    this._securityContext.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get securityContextInput() {
    return this._securityContext.internalValue;
  }

  // tags - computed: false, optional: true, required: false
  private _tags = new ContainerGroupTagsList(this, "tags", true);
  public get tags() {
    return this._tags;
  }
  public putTags(value: ContainerGroupTags[] | cdktf.IResolvable) {
    this._tags.internalValue = value;
  }
  public resetTags() {
    this._tags.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ContainerGroupTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ContainerGroupTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // volumes - computed: false, optional: true, required: false
  private _volumes = new ContainerGroupVolumesList(this, "volumes", false);
  public get volumes() {
    return this._volumes;
  }
  public putVolumes(value: ContainerGroupVolumes[] | cdktf.IResolvable) {
    this._volumes.internalValue = value;
  }
  public resetVolumes() {
    this._volumes.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumesInput() {
    return this._volumes.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      als_instance_id: cdktf.stringToTerraform(this._alsInstanceId),
      auto_match_image_cache: cdktf.booleanToTerraform(this._autoMatchImageCache),
      container_group_name: cdktf.stringToTerraform(this._containerGroupName),
      cpu: cdktf.numberToTerraform(this._cpu),
      cpu_architecture: cdktf.stringToTerraform(this._cpuArchitecture),
      data_cache_bucket: cdktf.stringToTerraform(this._dataCacheBucket),
      ep_id: cdktf.stringToTerraform(this._epId),
      ephemeral_volume: cdktf.numberToTerraform(this._ephemeralVolume),
      flavor_name: cdktf.stringToTerraform(this._flavorName),
      gpu: cdktf.numberToTerraform(this._gpu),
      host_name: cdktf.stringToTerraform(this._hostName),
      iam_role_name: cdktf.stringToTerraform(this._iamRoleName),
      image_cache_id: cdktf.stringToTerraform(this._imageCacheId),
      memory: cdktf.numberToTerraform(this._memory),
      restart_policy: cdktf.stringToTerraform(this._restartPolicy),
      security_group_id: cdktf.stringToTerraform(this._securityGroupId),
      v_switch_id: cdktf.stringToTerraform(this._vSwitchId),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      az_info: containerGroupAzInfoToTerraform(this._azInfo.internalValue),
      containers: cdktf.listMapper(containerGroupContainersToTerraform, true)(this._containers.internalValue),
      dns_config: containerGroupDnsConfigToTerraform(this._dnsConfig.internalValue),
      eip: containerGroupEipToTerraform(this._eip.internalValue),
      host_aliases: cdktf.listMapper(containerGroupHostAliasesToTerraform, true)(this._hostAliases.internalValue),
      image_registry_credential: cdktf.listMapper(containerGroupImageRegistryCredentialToTerraform, true)(this._imageRegistryCredential.internalValue),
      init_containers: cdktf.listMapper(containerGroupInitContainersToTerraform, true)(this._initContainers.internalValue),
      security_context: containerGroupSecurityContextToTerraform(this._securityContext.internalValue),
      tags: cdktf.listMapper(containerGroupTagsToTerraform, true)(this._tags.internalValue),
      timeouts: containerGroupTimeoutsToTerraform(this._timeouts.internalValue),
      volumes: cdktf.listMapper(containerGroupVolumesToTerraform, true)(this._volumes.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      als_instance_id: {
        value: cdktf.stringToHclTerraform(this._alsInstanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      auto_match_image_cache: {
        value: cdktf.booleanToHclTerraform(this._autoMatchImageCache),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      container_group_name: {
        value: cdktf.stringToHclTerraform(this._containerGroupName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cpu: {
        value: cdktf.numberToHclTerraform(this._cpu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu_architecture: {
        value: cdktf.stringToHclTerraform(this._cpuArchitecture),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      data_cache_bucket: {
        value: cdktf.stringToHclTerraform(this._dataCacheBucket),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ep_id: {
        value: cdktf.stringToHclTerraform(this._epId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ephemeral_volume: {
        value: cdktf.numberToHclTerraform(this._ephemeralVolume),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      flavor_name: {
        value: cdktf.stringToHclTerraform(this._flavorName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gpu: {
        value: cdktf.numberToHclTerraform(this._gpu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      host_name: {
        value: cdktf.stringToHclTerraform(this._hostName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iam_role_name: {
        value: cdktf.stringToHclTerraform(this._iamRoleName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      image_cache_id: {
        value: cdktf.stringToHclTerraform(this._imageCacheId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory: {
        value: cdktf.numberToHclTerraform(this._memory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      restart_policy: {
        value: cdktf.stringToHclTerraform(this._restartPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      security_group_id: {
        value: cdktf.stringToHclTerraform(this._securityGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v_switch_id: {
        value: cdktf.stringToHclTerraform(this._vSwitchId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      az_info: {
        value: containerGroupAzInfoToHclTerraform(this._azInfo.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ContainerGroupAzInfoList",
      },
      containers: {
        value: cdktf.listMapperHcl(containerGroupContainersToHclTerraform, true)(this._containers.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ContainerGroupContainersList",
      },
      dns_config: {
        value: containerGroupDnsConfigToHclTerraform(this._dnsConfig.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ContainerGroupDnsConfig",
      },
      eip: {
        value: containerGroupEipToHclTerraform(this._eip.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ContainerGroupEip",
      },
      host_aliases: {
        value: cdktf.listMapperHcl(containerGroupHostAliasesToHclTerraform, true)(this._hostAliases.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ContainerGroupHostAliasesList",
      },
      image_registry_credential: {
        value: cdktf.listMapperHcl(containerGroupImageRegistryCredentialToHclTerraform, true)(this._imageRegistryCredential.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ContainerGroupImageRegistryCredentialList",
      },
      init_containers: {
        value: cdktf.listMapperHcl(containerGroupInitContainersToHclTerraform, true)(this._initContainers.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ContainerGroupInitContainersList",
      },
      security_context: {
        value: containerGroupSecurityContextToHclTerraform(this._securityContext.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ContainerGroupSecurityContext",
      },
      tags: {
        value: cdktf.listMapperHcl(containerGroupTagsToHclTerraform, true)(this._tags.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "ContainerGroupTagsList",
      },
      timeouts: {
        value: containerGroupTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ContainerGroupTimeouts",
      },
      volumes: {
        value: cdktf.listMapperHcl(containerGroupVolumesToHclTerraform, true)(this._volumes.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ContainerGroupVolumesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
