#!/usr/bin/env bash
# npm run openstack:up — a real OpenStack (Debian 12's Zed) on 127.0.0.1, for the provider's suites and the
# differential tests. Idempotent: installs what is missing, initialises what is empty, starts what is not
# running, waits until every API answers, then writes clouds.yaml (clouds demo, alt_demo, admin) into the
# state directory and prints its path. Stop it with `npm run openstack:down`.
#
# Why bash: the work is apt, config files, and starting daemons each in its own session (setsid) with its
# pid recorded; the few API calls that seed the cloud are done by one Python script (seed.py) with the
# system's keystoneauth, because the OpenStack code it needs lives in the system Python anyway.
#
# Figures measured on the 2-core development machine while other sessions kept it busy (load average 16-26;
# a quiet machine is several times faster — about 75-106 s cold, 23-46 s warm reported earlier here):
#   install (apt-get update + 341 packages, --no-install-recommends)   168 s
#   cold start from an empty state dir                                 422 s (migrations ~280 s, in parallel)
#   warm start (state kept)                                            108 s
#   run again while up (checks only)                                   15 s
#   stop (npm run openstack:down)                                      16-20 s
#   memory: 2.8 GiB RSS in 21 processes / 14 process groups (neutron-server 0.65 GiB, the others 0.1-0.3 GiB);
#   idle CPU ~8 % of one core
#
# State: $NOVAFORM_OPENSTACK_DIR (default /var/tmp/novaform-openstack): etc/ (configs), mysql/, rabbitmq/,
# glance/, log/<daemon>.log, pids/<daemon> (pid = process group id), clouds.yaml.
# Ports (127.0.0.1 only): keystone 15000, placement 18778, nova 18774, glance 19292, neutron 19696,
# cinder 18776, mariadb 13306, rabbitmq 35672 (dist 35673, epmd 34369).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
SHIMS="$HERE/shims"
STATE="${NOVAFORM_OPENSTACK_DIR:-/var/tmp/novaform-openstack}"
PY=/usr/bin/python3 # the OpenStack code lives only in the system Python's dist-packages
ETC="$STATE/etc"
LOG="$STATE/log"
PIDS="$STATE/pids"
DONE="$STATE/done"
H=127.0.0.1
KEYSTONE_PORT=15000 PLACEMENT_PORT=18778 NOVA_PORT=18774 GLANCE_PORT=19292 NEUTRON_PORT=19696 CINDER_PORT=18776
DB_PORT=13306 AMQP_PORT=35672 DIST_PORT=35673 EPMD_PORT=34369
DB_URL_BASE="mysql+pymysql://novaform:novaform-db@$H:$DB_PORT"
SERVICE_PASSWORD=service-secret
TRANSPORT_URL="rabbit://guest:guest@$H:$AMQP_PORT/"
export PYTHONPATH="$SHIMS${PYTHONPATH:+:$PYTHONPATH}"

T0=$SECONDS
log() { echo "[openstack:up +$((SECONDS - T0))s] $*"; }
die() {
  echo "[openstack:up] FAILED: $*" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------- install
PACKAGES=(python3-keystone python3-placement python3-nova python3-glance python3-neutron python3-cinder
  python3-pymysql python3-waitress mariadb-server-core mariadb-client-core rabbitmq-server
  python3-openstackclient curl)
install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    [ "$(id -u)" = 0 ] || die "installing ${missing[*]} needs root"
    log "installing ${missing[*]}"
    local made_policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      # No package may start a daemon (rabbitmq-server's postinst would); ours are started below.
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >"$LOG/apt.log" 2>&1 ||
      die "apt-get install failed, see $LOG/apt.log"
    [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
    log "installed"
  fi
  # api-paste.ini files (and Cinder's resource_filters.json) ship in the *-common packages, which would
  # pull dbconfig-common, debconf prompts and init scripts: take the files from the .debs instead.
  if [ ! -f "$STATE/debs/done" ]; then
    rm -rf "$STATE/debs" && mkdir -p "$STATE/debs/x"
    (cd "$STATE/debs" && apt-get download nova-common glance-common neutron-common cinder-common >/dev/null 2>&1) ||
      die "apt-get download of the *-common packages failed"
    for d in "$STATE"/debs/*.deb; do dpkg-deb -x "$d" "$STATE/debs/x"; done
    rm -f "$STATE"/debs/*.deb && touch "$STATE/debs/done"
  fi
}

# ---------------------------------------------------------------------------------------------- daemons
alive() { [ -f "$PIDS/$1" ] && kill -0 "$(cat "$PIDS/$1")" 2>/dev/null; }
# start NAME CMD...: in its own session (so its pid is its process-group id, which `down` signals), stdin
# closed, output in log/NAME.log. A daemon that is already running is left alone.
start() {
  local name=$1
  shift
  if alive "$name"; then return 0; fi
  setsid "$@" </dev/null >>"$LOG/$name.log" 2>&1 &
  echo $! >"$PIDS/$name"
}
# py NAME module:function args... — an OpenStack command through shims/launch.py
py_start() {
  local name=$1
  shift
  start "$name" "$PY" "$SHIMS/launch.py" "$@"
}
# The same at nice 10, for services off the critical path (Keystone -> nova-conductor/scheduler/compute ->
# host discovery): on two busy cores a dozen Python daemons importing at once otherwise delay Keystone by
# a minute. Their groups get nice 0 back once every API answers (unprioritise).
LOW_PRIORITY=()
py_start_low() {
  local name=$1
  shift
  alive "$name" && return 0
  start "$name" nice -n 10 "$PY" "$SHIMS/launch.py" "$@"
  LOW_PRIORITY+=("$name")
}
unprioritise() {
  local name
  for name in "${LOW_PRIORITY[@]}"; do renice -n 0 -g "$(cat "$PIDS/$name")" >/dev/null 2>&1 || true; done
}
wait_for() { # wait_for WHAT SECONDS CMD...
  local what=$1 limit=$2 i=0
  shift 2
  until "$@" >/dev/null 2>&1; do
    i=$((i + 1))
    ((i <= limit * 2)) || die "$what did not come up in ${limit}s (logs in $LOG)"
    sleep 0.5
  done
}
http_up() { # any HTTP answer below 500
  local code
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1") || return 1
  [ "$code" != 000 ] && [ "$code" -lt 500 ]
}
mysql_q() { mariadb --no-defaults -uroot -S "$STATE/run/mysqld.sock" -e "$1"; }

# ---------------------------------------------------------------------------------------------- configs
authtoken() { # [keystone_authtoken] for service user $1
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://$H:$KEYSTONE_PORT/v3
auth_url = http://$H:$KEYSTONE_PORT/v3
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SERVICE_PASSWORD
region_name = RegionOne
service_token_roles_required = true
EOF
}
client_auth() { # a keystoneauth client section [$1] as service user $2
  cat <<EOF
[$1]
auth_url = http://$H:$KEYSTONE_PORT/v3
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $SERVICE_PASSWORD
region_name = RegionOne
EOF
}

write_configs() {
  local X="$STATE/debs/x"
  mkdir -p "$ETC"/{keystone,placement,nova,glance,neutron,cinder} "$STATE"/{keystone,nova/instances,glance/images} \
    "$STATE"/{glance/staging,glance/tasks,neutron,cinder,lock,rabbitmq/mnesia,rabbitmq/log,run}

  cat >"$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
use_stderr = true
[database]
connection = $DB_URL_BASE/keystone
[token]
provider = fernet
[identity]
# bcrypt's minimum: the default (12) makes each user creation and password login cost ~0.3 s of CPU
password_hash_rounds = 4
[cache]
# In-process cache of tokens, assignments and the catalog (Keystone is a single waitress process here).
enabled = true
backend = dogpile.cache.memory
[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys
[credential]
key_repository = $STATE/keystone/credential-keys
EOF

  {
    cat <<EOF
[DEFAULT]
use_stderr = true
[api]
auth_strategy = keystone
[placement_database]
connection = $DB_URL_BASE/placement
EOF
    authtoken placement
  } >"$ETC/placement/placement.conf"

  cp "$X/usr/share/nova-common/api-paste.ini" "$ETC/nova/api-paste.ini"
  {
    cat <<EOF
[DEFAULT]
use_stderr = true
host = novaform-compute
my_ip = $H
state_path = $STATE/nova
instances_path = $STATE/nova/instances
transport_url = $TRANSPORT_URL
enabled_apis = osapi_compute
osapi_compute_listen = $H
osapi_compute_listen_port = $NOVA_PORT
osapi_compute_workers = 1
# nova.virt.novaform_fake, found through shims/launch.py: FakeDriver + snapshot upload + re-adoption
compute_driver = novaform_fake.NovaformFakeDriver
vif_plugging_is_fatal = False
vif_plugging_timeout = 0
allow_resize_to_same_host = True
[wsgi]
api_paste_config = $ETC/nova/api-paste.ini
[api]
auth_strategy = keystone
[api_database]
connection = $DB_URL_BASE/nova_api
[database]
connection = $DB_URL_BASE/nova
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 5
[oslo_concurrency]
lock_path = $STATE/lock/nova
[oslo_messaging_notifications]
driver = noop
[vnc]
enabled = false
[glance]
region_name = RegionOne
[cinder]
os_region_name = RegionOne
EOF
    authtoken nova
    client_auth placement nova
    client_auth neutron nova
    # Cinder (Debian's fix for CVE-2023-2088) lets only Nova, proven by a service token, delete attachments.
    client_auth service_user nova
    echo "send_service_user_token = true"
  } >"$ETC/nova/nova.conf"

  cp "$X/usr/share/glance-common/glance-api-paste.ini" "$ETC/glance/glance-api-paste.ini"
  {
    cat <<EOF
[DEFAULT]
use_stderr = true
bind_host = $H
bind_port = $GLANCE_PORT
workers = 1
enabled_backends = file:file
[database]
connection = $DB_URL_BASE/glance
[paste_deploy]
flavor = keystone
config_file = $ETC/glance/glance-api-paste.ini
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $STATE/glance/images/
[os_glance_staging_store]
filesystem_store_datadir = $STATE/glance/staging/
[os_glance_tasks_store]
filesystem_store_datadir = $STATE/glance/tasks/
[oslo_concurrency]
lock_path = $STATE/lock/glance
EOF
    authtoken glance
  } >"$ETC/glance/glance-api.conf"

  cp "$X/usr/share/neutron-common/api-paste.ini" "$ETC/neutron/api-paste.ini"
  {
    cat <<EOF
[DEFAULT]
use_stderr = true
bind_host = $H
bind_port = $NEUTRON_PORT
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 0
state_path = $STATE/neutron
api_paste_config = $ETC/neutron/api-paste.ini
auth_strategy = keystone
core_plugin = ml2
service_plugins = router
transport_url = $TRANSPORT_URL
allow_overlapping_ips = true
dhcp_agent_notification = false
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
[database]
connection = $DB_URL_BASE/neutron
[oslo_concurrency]
lock_path = $STATE/lock/neutron
[ml2]
type_drivers = flat,vxlan
tenant_network_types = vxlan
# No L2 agent here: shims/novaform_ml2.py binds every port to its first segment.
mechanism_drivers = novaform_bind_all
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
[ml2_type_vxlan]
vni_ranges = 1:1000
EOF
    authtoken neutron
    client_auth nova neutron
  } >"$ETC/neutron/neutron.conf"

  cp "$X/usr/share/cinder-common/api-paste.ini" "$ETC/cinder/api-paste.ini"
  cp "$X/etc/cinder/resource_filters.json" "$ETC/cinder/resource_filters.json"
  {
    cat <<EOF
[DEFAULT]
use_stderr = true
host = novaform-volume
my_ip = $H
state_path = $STATE/cinder
osapi_volume_listen = $H
osapi_volume_listen_port = $CINDER_PORT
osapi_volume_workers = 1
api_paste_config = $ETC/cinder/api-paste.ini
resource_query_filters_file = $ETC/cinder/resource_filters.json
auth_strategy = keystone
transport_url = $TRANSPORT_URL
enabled_backends = fake
default_volume_type = __DEFAULT__
[fake]
# shims/novaform_cinder.py: Cinder's FakeLoggingVolumeDriver with the /dev/mapper paths made no-ops
volume_driver = novaform_cinder.NovaformVolumeDriver
volume_backend_name = fake
[database]
connection = $DB_URL_BASE/cinder
[oslo_concurrency]
lock_path = $STATE/lock/cinder
[oslo_messaging_notifications]
driver = noop
EOF
    authtoken cinder
    client_auth nova cinder
  } >"$ETC/cinder/cinder.conf"

  cat >"$STATE/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.1 = $H:$AMQP_PORT
loopback_users.guest = true
management.tcp.ip = $H
EOF
  : >"$STATE/rabbitmq/enabled_plugins.erl"
  echo '[].' >"$STATE/rabbitmq/enabled_plugins.erl"
}

# ---------------------------------------------------------------------------------------------- steps
start_infra() {
  if [ ! -d "$STATE/mysql/mysql" ]; then
    log "initialising MariaDB in $STATE/mysql"
    rm -rf "$STATE/mysql"
    mariadb-install-db --no-defaults --datadir="$STATE/mysql" --user=root --auth-root-authentication-method=socket \
      --skip-test-db >"$LOG/mariadb-install.log" 2>&1 || die "mariadb-install-db failed, see $LOG/mariadb-install.log"
  fi
  start mariadb /usr/sbin/mariadbd --no-defaults --user=root --datadir="$STATE/mysql" --bind-address=$H \
    --port=$DB_PORT --socket="$STATE/run/mysqld.sock" --pid-file="$STATE/run/mysqld.pid" --skip-log-bin \
    --innodb-buffer-pool-size=64M --max-connections=500 --performance-schema=off

  # RabbitMQ with its own epmd on loopback (else Erlang starts a shared, daemonised epmd on all interfaces).
  start epmd /usr/bin/epmd -address $H -port $EPMD_PORT
  start rabbitmq env HOME="$STATE/rabbitmq" ERL_EPMD_ADDRESS=$H ERL_EPMD_PORT=$EPMD_PORT \
    RABBITMQ_NODENAME=novaform@localhost RABBITMQ_NODE_IP_ADDRESS=$H RABBITMQ_NODE_PORT=$AMQP_PORT \
    RABBITMQ_DIST_PORT=$DIST_PORT RABBITMQ_CONFIG_FILE="$STATE/rabbitmq/rabbitmq" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/rabbitmq/enabled_plugins.erl" RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" \
    RABBITMQ_LOG_BASE="$STATE/rabbitmq/log" RABBITMQ_PID_FILE="$STATE/run/rabbitmq.pid" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    /usr/lib/rabbitmq/bin/rabbitmq-server

  wait_for MariaDB 60 mysql_q 'SELECT 1'
  if [ ! -f "$DONE/databases" ]; then
    local sql="CREATE USER IF NOT EXISTS 'novaform'@'$H' IDENTIFIED BY 'novaform-db';"
    for db in keystone placement nova_api nova nova_cell0 glance neutron cinder; do
      sql+="CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4; GRANT ALL ON $db.* TO 'novaform'@'$H';"
    done
    mysql_q "$sql"
    touch "$DONE/databases"
  fi
}

# Each service's migrations, in parallel (they are most of a cold start).
migrate() {
  local pids=() names=()
  step() { # step NAME CMD... — runs once (marker in done/), in the background
    local name=$1
    shift
    [ -f "$DONE/$name" ] && return 0
    ("$@" >"$LOG/migrate-$name.log" 2>&1 && touch "$DONE/$name") &
    pids+=($!) names+=("$name")
  }
  local L="$PY $SHIMS/launch.py" KC="--config-file $ETC/keystone/keystone.conf"
  step keystone sh -c "$L keystone.cmd.manage:main $KC db_sync &&
    $L keystone.cmd.manage:main $KC fernet_setup --keystone-user root --keystone-group root &&
    $L keystone.cmd.manage:main $KC credential_setup --keystone-user root --keystone-group root &&
    $L keystone.cmd.manage:main $KC bootstrap --bootstrap-password admin-secret --bootstrap-username admin \
      --bootstrap-project-name admin --bootstrap-role-name admin --bootstrap-service-name keystone \
      --bootstrap-region-id RegionOne --bootstrap-public-url http://$H:$KEYSTONE_PORT/v3 \
      --bootstrap-internal-url http://$H:$KEYSTONE_PORT/v3 --bootstrap-admin-url http://$H:$KEYSTONE_PORT/v3"
  step placement $L placement.cmd.manage:main --config-file "$ETC/placement/placement.conf" db sync
  local NC="--config-file $ETC/nova/nova.conf"
  step nova sh -c "$L nova.cmd.manage:main $NC api_db sync &&
    $L nova.cmd.manage:main $NC cell_v2 map_cell0 --database_connection $DB_URL_BASE/nova_cell0 &&
    ($L nova.cmd.manage:main $NC cell_v2 list_cells | grep -q ' cell1 ' ||
      $L nova.cmd.manage:main $NC cell_v2 create_cell --name cell1) &&
    $L nova.cmd.manage:main $NC db sync"
  step glance $L glance.cmd.manage:main --config-file "$ETC/glance/glance-api.conf" db_sync
  step neutron $L neutron.db.migration.cli:main --config-file "$ETC/neutron/neutron.conf" upgrade heads
  step cinder $L cinder.cmd.manage:main --config-file "$ETC/cinder/cinder.conf" db sync
  local i failed=()
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${names[$i]} (see $LOG/migrate-${names[$i]}.log)")
  done
  ((${#failed[@]} == 0)) || die "migrations failed: ${failed[*]}"
}

start_services() {
  start keystone env OS_KEYSTONE_CONFIG_DIR="$ETC/keystone" "$PY" "$SHIMS/wsgi.py" \
    keystone.server.wsgi:initialize_public_application $KEYSTONE_PORT
  start placement env OS_PLACEMENT_CONFIG_DIR="$ETC/placement" "$PY" "$SHIMS/wsgi.py" \
    placement.wsgi:init_application $PLACEMENT_PORT
  local NC=(--config-file "$ETC/nova/nova.conf")
  py_start_low nova-api nova.cmd.api_os_compute:main "${NC[@]}"
  py_start nova-conductor nova.cmd.conductor:main "${NC[@]}"
  py_start_low glance-api glance.cmd.api:main --config-file "$ETC/glance/glance-api.conf"
  py_start_low neutron-server neutron.cmd.eventlet.server:main --config-file "$ETC/neutron/neutron.conf"
  local CC=(--config-file "$ETC/cinder/cinder.conf")
  py_start_low cinder-api cinder.cmd.api:main "${CC[@]}"
  py_start_low cinder-scheduler cinder.cmd.scheduler:main "${CC[@]}"
  py_start_low cinder-volume cinder.cmd.volume:main "${CC[@]}"
}
# nova-scheduler and nova-compute ask Keystone and Placement for a token and resource providers as they
# start (and exit if they cannot), so they start once both answer and the service users exist.
start_nova_placement_users() {
  local NC=(--config-file "$ETC/nova/nova.conf")
  py_start nova-scheduler nova.cmd.scheduler:main "${NC[@]}"
  py_start nova-compute nova.cmd.compute:main "${NC[@]}"
}

write_clouds_yaml() {
  local f="$STATE/clouds.yaml"
  {
    echo "# Written by test/openstack/up.sh: the real OpenStack on 127.0.0.1 (users as the engine's seed)."
    echo "clouds:"
    for c in demo:demo-secret alt_demo:alt-demo-secret admin:admin-secret; do
      cat <<EOF
  ${c%%:*}:
    auth:
      auth_url: http://$H:$KEYSTONE_PORT/v3
      username: ${c%%:*}
      password: ${c#*:}
      project_name: ${c%%:*}
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
EOF
    done
  } >"$f.tmp"
  mv "$f.tmp" "$f"
}

# ---------------------------------------------------------------------------------------------- main
mkdir -p "$STATE" "$LOG" "$PIDS" "$DONE"
install_packages
T_INSTALLED=$SECONDS
write_configs
start_infra
log "MariaDB up"
migrate
log "databases migrated"
wait_for RabbitMQ 90 bash -c "exec 3<>/dev/tcp/$H/$AMQP_PORT"
STARTED_AT=$(date +%s)
start_services
wait_for Keystone 90 http_up "http://$H:$KEYSTONE_PORT/v3"
log "Keystone up"
# Identity first (service users, catalog, projects demo/alt_demo with their users), then the rest.
if [ ! -f "$DONE/seed-identity" ]; then
  "$PY" "$HERE/seed.py" identity "$STATE" >>"$LOG/seed.log" 2>&1 || die "seeding identity failed, see $LOG/seed.log"
  touch "$DONE/seed-identity"
fi
wait_for placement 120 http_up "http://$H:$PLACEMENT_PORT/"
start_nova_placement_users
for api in nova:$NOVA_PORT/v2.1 glance:$GLANCE_PORT neutron:$NEUTRON_PORT \
  cinder:$CINDER_PORT; do
  wait_for "${api%%:*}" 120 http_up "http://$H:${api#*:}/"
done
unprioritise
log "all APIs answer"
"$PY" "$HERE/seed.py" resources "$STATE" "$STARTED_AT" >>"$LOG/seed.log" 2>&1 ||
  die "seeding resources failed, see $LOG/seed.log"
write_clouds_yaml
for p in "$PIDS"/*; do alive "$(basename "$p")" || die "$(basename "$p") exited (see $LOG/$(basename "$p").log)"; done
log "ready (install/check $((T_INSTALLED - T0))s, start $((SECONDS - T_INSTALLED))s)"
echo "$STATE/clouds.yaml"
