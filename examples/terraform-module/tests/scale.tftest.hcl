# Applies against the embedded engine, in a store of this file's own (test files never share one), and
# scales the tier from two servers to three in place: the first two keep their ids.
provider "novaform" {
  embedded_data = ".novaform/test-scale.db"
}

run "two_servers" {
  assert {
    condition     = length(novaform_server.this) == 2
    error_message = "two servers by default"
  }
  assert {
    condition     = alltrue([for s in novaform_server.this : s.status == "ACTIVE"])
    error_message = "every server is ACTIVE after apply"
  }
}

run "scale_to_three" {
  variables {
    servers = 3
  }
  assert {
    condition     = length(novaform_server.this) == 3
    error_message = "a third server is added"
  }
  assert {
    condition     = slice(output.server_ids, 0, 2) == run.two_servers.server_ids
    error_message = "scaling out keeps the first two servers"
  }
}
