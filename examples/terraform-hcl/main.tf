# The CDKTF quickstart's stack (examples/cdktf-quickstart/main.ts) in plain HCL: a keypair, an anti-affinity
# server group with two servers in it (web-1 with a data volume and a second NIC), and an ECI container
# group with a liveness probe and a config-file volume.
#
#   npx novaform terraform install    # once: the plugin into ~/.terraform.d/plugins
#   terraform init && terraform apply # nothing configured: the embedded engine, .novaform/engine.db here

terraform {
  required_providers {
    novaform = { source = "novaform/novaform" }
  }
}

# Nothing configured: OS_* variables or clouds.yaml if set, else the embedded engine.
provider "novaform" {}

# Lookups resolve names to ids at plan time.
data "novaform_image" "cirros" {
  name = "cirros-0.6.2-x86_64-disk"
}

data "novaform_network" "private" {
  name = "private"
}

resource "novaform_keypair" "deploy" {
  name = "hcl-deploy"
}

resource "novaform_server_group" "web" {
  name     = "web"
  policies = ["anti-affinity"]
}

resource "novaform_server" "web" {
  for_each    = toset(["web-1", "web-2"])
  name        = each.key
  image_id    = data.novaform_image.cirros.image_id
  flavor_name = "m1.tiny"
  key_pair    = novaform_keypair.deploy.name
  metadata    = { role = "web", stack = "hcl" }
  tags        = ["web"]

  network {
    uuid = data.novaform_network.private.network_id
  }

  scheduler_hints {
    group = novaform_server_group.web.id
  }
}

# web-1 gets a data volume and a second NIC.
resource "novaform_volume" "web_1_data" {
  name = "web-1-data"
  size = 10
}

resource "novaform_volume_attachment" "web_1_data" {
  instance_id = novaform_server.web["web-1"].id
  volume_id   = novaform_volume.web_1_data.id
}

resource "novaform_interface_attachment" "web_1_extra_nic" {
  instance_id = novaform_server.web["web-1"].id
  network_id  = data.novaform_network.private.network_id
}

# CTyun's example network ids (seed 003), which the embedded engine maps onto demo's network.
resource "novaform_container_group" "app" {
  container_group_name = "hcl-app"
  vpc_id               = "vpc-ctt6yag121"
  v_switch_id          = "subnet-y9n723knrg"
  security_group_id    = "sg-5bvqyvrmch"
  restart_policy       = "Always"
  cpu                  = 1
  memory               = 2

  az_info {
    az_name = "cn-huadong1-jsnj1A-public-ctcloud"
  }

  containers {
    name   = "nginx"
    image  = "nginx:1.27"
    cpu    = 1
    memory = 2

    ports {
      port     = 80
      protocol = "TCP"
    }

    volume_mount {
      name       = "conf"
      mount_path = "/etc/nginx/conf.d"
    }

    liveness_probe {
      initial_delay_seconds = 5
      period_seconds        = 10
      failure_threshold     = 3

      http_get {
        scheme = "HTTP"
        port   = 80
        path   = "/healthz"
      }
    }
  }

  volumes {
    type = "ConfigFileVolume"
    name = "conf"

    config_file_volume {
      config_file_to_paths {
        path    = "default.conf"
        content = base64encode("server { listen 80; location /healthz { return 200; } }\n")
      }
    }
  }
}

output "server_ids" {
  value = [for s in novaform_server.web : s.id]
}

output "key_fingerprint" {
  value = novaform_keypair.deploy.fingerprint
}

output "container_group_id" {
  value = novaform_container_group.app.id
}
