# Another store, so this file can run beside scale.tftest.hcl: the flavor name resolves to its id.
provider "novaform" {
  embedded_data = ".novaform/test-flavor.db"
}

run "one_small_server" {
  variables {
    name    = "db"
    servers = 1
    flavor  = "m1.small"
  }
  assert {
    condition     = novaform_server.this[0].flavor_id == "2"
    error_message = "m1.small is flavor 2"
  }
  assert {
    condition     = novaform_server.this[0].metadata.tier == "db"
    error_message = "metadata names the tier"
  }
}
