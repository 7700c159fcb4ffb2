#!/usr/bin/env bash
# npm run openstack:down — stops the real OpenStack started by up.sh: exactly the process groups recorded in
# $NOVAFORM_OPENSTACK_DIR/pids (each daemon was started in its own session, so its pid is its group id and
# the group holds its forked workers). TERM first, KILL after a grace period; never anything by name.
# The state (databases, images, configs) is kept, so the next `up` is a warm start; delete the directory
# for a cold one.
set -uo pipefail
STATE="${NOVAFORM_OPENSTACK_DIR:-/var/tmp/novaform-openstack}"
PIDS="$STATE/pids"
T0=$SECONDS
shopt -s nullglob
files=("$PIDS"/*)
if ((${#files[@]} == 0)); then
  echo "[openstack:down] nothing recorded in $PIDS: not running"
  exit 0
fi
groups=()
for f in "${files[@]}"; do
  pgid=$(cat "$f")
  [[ "$pgid" =~ ^[0-9]+$ ]] && ((pgid > 1)) || continue
  groups+=("$pgid")
done
members() { # pids still in any recorded group
  ps -eo pid=,pgid= | awk -v g=" ${groups[*]} " 'index(g, " " $2 " ") { print $1 }'
}
# The OpenStack services first (they talk to the database and the queue while shutting down), then the rest.
for f in "${files[@]}"; do
  case "$(basename "$f")" in mariadb | rabbitmq | epmd) ;; *) kill -TERM -- "-$(cat "$f")" 2>/dev/null ;; esac
done
for _ in $(seq 1 20); do
  left=0
  for f in "${files[@]}"; do
    case "$(basename "$f")" in mariadb | rabbitmq | epmd) ;; *) kill -0 -- "-$(cat "$f")" 2>/dev/null && left=1 ;; esac
  done
  ((left)) || break
  sleep 0.5
done
for g in "${groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null; done
for _ in $(seq 1 40); do
  [ -z "$(members)" ] && break
  sleep 0.5
done
left=$(members)
if [ -n "$left" ]; then
  echo "[openstack:down] still running after TERM, sending KILL: $(echo $left)"
  for g in "${groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null; done
  sleep 1
fi
left=$(members)
if [ -n "$left" ]; then
  echo "[openstack:down] FAILED: processes still running:" >&2
  ps -o pid,pgid,args -p "$(echo $left | tr ' ' ,)" >&2
  exit 1
fi
rm -f "${files[@]}"
echo "[openstack:down] stopped ${#groups[@]} process groups in $((SECONDS - T0))s; state kept in $STATE"
