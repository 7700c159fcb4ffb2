# A small reusable module — a web tier: N servers in a soft-anti-affinity group — with `terraform test` files
# in tests/ that run in seconds on the embedded engine (no cloud, no credentials):
#
#   npx novaform terraform install      # once: the plugin into ~/.terraform.d/plugins
#   terraform init && terraform test    # tests/*.tftest.hcl: mocked plans, validation rules, applies

terraform {
  required_providers {
    novaform = { source = "novaform/novaform" }
  }
}

variable "name" {
  description = "Prefix of every name in the tier."
  type        = string
  default     = "web"
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,30}$", var.name))
    error_message = "name: lower-case letters, digits and \"-\", starting with a letter, at most 31 characters."
  }
}

variable "servers" {
  description = "How many servers the tier runs."
  type        = number
  default     = 2
  validation {
    condition     = var.servers >= 1 && var.servers <= 5
    error_message = "servers: between 1 and 5 (the demo project's quota is 10 instances)."
  }
}

variable "flavor" {
  description = "Flavor name of every server."
  type        = string
  default     = "m1.tiny"
}

data "novaform_image" "cirros" {
  name = "cirros-0.6.2-x86_64-disk"
}

resource "novaform_server_group" "this" {
  name     = "${var.name}-group"
  policies = ["soft-anti-affinity"]
}

resource "novaform_server" "this" {
  count       = var.servers
  name        = "${var.name}-${count.index + 1}"
  flavor_name = var.flavor
  image_id    = data.novaform_image.cirros.id
  metadata    = { tier = var.name }
  network {
    name = "private"
  }
  scheduler_hints {
    group = novaform_server_group.this.id
  }
}

output "server_ids" {
  value = novaform_server.this[*].id
}

output "server_names" {
  value = novaform_server.this[*].name
}
