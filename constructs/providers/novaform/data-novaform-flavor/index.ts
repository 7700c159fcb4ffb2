// https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataNovaformFlavorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Exact root disk in GB (0 = volume-backed only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#disk DataNovaformFlavor#disk}
  */
  readonly disk?: number;
  /**
  * Flavor id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#flavor_id DataNovaformFlavor#flavor_id}
  */
  readonly flavorId?: string;
  /**
  * At least this root disk (GB).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#min_disk DataNovaformFlavor#min_disk}
  */
  readonly minDisk?: number;
  /**
  * At least this much RAM (MiB).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#min_ram DataNovaformFlavor#min_ram}
  */
  readonly minRam?: number;
  /**
  * Flavor name (exact).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#name DataNovaformFlavor#name}
  */
  readonly name?: string;
  /**
  * Exact RAM in MiB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#ram DataNovaformFlavor#ram}
  */
  readonly ram?: number;
  /**
  * Exact number of vCPUs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#vcpus DataNovaformFlavor#vcpus}
  */
  readonly vcpus?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor novaform_flavor}
*/
export class DataNovaformFlavor extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "novaform_flavor";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataNovaformFlavor resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataNovaformFlavor to import
  * @param importFromId The id of the existing DataNovaformFlavor that should be imported. Refer to the {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataNovaformFlavor to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "novaform_flavor", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/novaform/novaform/0.1.0/docs/data-sources/flavor novaform_flavor} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataNovaformFlavorConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataNovaformFlavorConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'novaform_flavor',
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
    this._disk = config.disk;
    this._flavorId = config.flavorId;
    this._minDisk = config.minDisk;
    this._minRam = config.minRam;
    this._name = config.name;
    this._ram = config.ram;
    this._vcpus = config.vcpus;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // disk - computed: true, optional: true, required: false
  private _disk?: number; 
  public get disk() {
    return this.getNumberAttribute('disk');
  }
  public set disk(value: number) {
    this._disk = value;
  }
  public resetDisk() {
    this._disk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskInput() {
    return this._disk;
  }

  // ephemeral - computed: true, optional: false, required: false
  public get ephemeral() {
    return this.getNumberAttribute('ephemeral');
  }

  // extra_specs - computed: true, optional: false, required: false
  private _extraSpecs = new cdktf.StringMap(this, "extra_specs");
  public get extraSpecs() {
    return this._extraSpecs;
  }

  // flavor_id - computed: true, optional: true, required: false
  private _flavorId?: string; 
  public get flavorId() {
    return this.getStringAttribute('flavor_id');
  }
  public set flavorId(value: string) {
    this._flavorId = value;
  }
  public resetFlavorId() {
    this._flavorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flavorIdInput() {
    return this._flavorId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_public - computed: true, optional: false, required: false
  public get isPublic() {
    return this.getBooleanAttribute('is_public');
  }

  // min_disk - computed: false, optional: true, required: false
  private _minDisk?: number; 
  public get minDisk() {
    return this.getNumberAttribute('min_disk');
  }
  public set minDisk(value: number) {
    this._minDisk = value;
  }
  public resetMinDisk() {
    this._minDisk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minDiskInput() {
    return this._minDisk;
  }

  // min_ram - computed: false, optional: true, required: false
  private _minRam?: number; 
  public get minRam() {
    return this.getNumberAttribute('min_ram');
  }
  public set minRam(value: number) {
    this._minRam = value;
  }
  public resetMinRam() {
    this._minRam = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minRamInput() {
    return this._minRam;
  }

  // name - computed: true, optional: true, required: false
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

  // ram - computed: true, optional: true, required: false
  private _ram?: number; 
  public get ram() {
    return this.getNumberAttribute('ram');
  }
  public set ram(value: number) {
    this._ram = value;
  }
  public resetRam() {
    this._ram = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ramInput() {
    return this._ram;
  }

  // rx_tx_factor - computed: true, optional: false, required: false
  public get rxTxFactor() {
    return this.getNumberAttribute('rx_tx_factor');
  }

  // swap - computed: true, optional: false, required: false
  public get swap() {
    return this.getNumberAttribute('swap');
  }

  // vcpus - computed: true, optional: true, required: false
  private _vcpus?: number; 
  public get vcpus() {
    return this.getNumberAttribute('vcpus');
  }
  public set vcpus(value: number) {
    this._vcpus = value;
  }
  public resetVcpus() {
    this._vcpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpusInput() {
    return this._vcpus;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      disk: cdktf.numberToTerraform(this._disk),
      flavor_id: cdktf.stringToTerraform(this._flavorId),
      min_disk: cdktf.numberToTerraform(this._minDisk),
      min_ram: cdktf.numberToTerraform(this._minRam),
      name: cdktf.stringToTerraform(this._name),
      ram: cdktf.numberToTerraform(this._ram),
      vcpus: cdktf.numberToTerraform(this._vcpus),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      disk: {
        value: cdktf.numberToHclTerraform(this._disk),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      flavor_id: {
        value: cdktf.stringToHclTerraform(this._flavorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      min_disk: {
        value: cdktf.numberToHclTerraform(this._minDisk),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      min_ram: {
        value: cdktf.numberToHclTerraform(this._minRam),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ram: {
        value: cdktf.numberToHclTerraform(this._ram),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vcpus: {
        value: cdktf.numberToHclTerraform(this._vcpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
