# Plan-only checks with a mocked provider: nothing is started, not even the embedded engine, so these are
# the fastest tests of the module's own logic (names, counts, validation rules).
mock_provider "novaform" {
  # The provider still validates the configuration; mocked ids must look like the real ones.
  mock_data "novaform_image" {
    defaults = { id = "9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c" }
  }
  mock_resource "novaform_server_group" {
    defaults = { id = "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f" }
  }
}

run "names_follow_the_prefix" {
  command = plan
  variables {
    name    = "api"
    servers = 3
  }
  assert {
    condition     = length(novaform_server.this) == 3
    error_message = "three servers are planned"
  }
  assert {
    condition     = novaform_server.this[2].name == "api-3"
    error_message = "servers are numbered from 1 after the prefix"
  }
  assert {
    condition     = novaform_server_group.this.policies == tolist(["soft-anti-affinity"])
    error_message = "the tier is spread softly across hosts"
  }
}

# The module's validation rules refuse bad input before anything is planned.
run "too_many_servers" {
  command = plan
  variables {
    servers = 9
  }
  expect_failures = [var.servers]
}

run "bad_prefix" {
  command = plan
  variables {
    name = "Web_1"
  }
  expect_failures = [var.name]
}
