// The `containers` and `init_containers` blocks of seed 003 (tables container, initContainer, port,
// environmentVar, livenessProbe/readinessProbe, exec, httpGet, tcpSocket, volumeMount). App containers are
// updated in place (the full list is resent); init containers only by replacement.
import type { Change } from '../dsl';
import { block, bool, int, num, oneOf, str, strList } from '../dsl';
import { PORT_RANGE, REPLACE, UPDATE } from './common';

/** Kubernetes' DNS-label rule, which the ECI engine applies to container names. */
const CONTAINER_NAME = { minLength: 1, maxLength: 63, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' };

function probe(kind: 'liveness' | 'readiness', change: Change) {
  const what = kind === 'liveness' ? 'alive' : 'ready';
  return block(
    'single',
    {
      exec: block(
        'single',
        {
          command: strList(
            { mode: 'required', description: 'Command run in the container; exit 0 = success.', change },
            {},
            { minItems: 1 },
          ),
        },
        { description: 'Probe by running a command.', change },
      ),
      http_get: block(
        'single',
        {
          scheme: oneOf(['HTTP', 'HTTPS'], { mode: 'required', description: 'Protocol.', change }),
          port: int({ mode: 'required', description: 'Port.', change }, PORT_RANGE),
          path: str({ mode: 'required', description: 'URL path (e.g. /healthz).', change }),
        },
        { description: 'Probe by an HTTP GET.', change },
      ),
      tcp_socket: block(
        'single',
        {
          port: int({ mode: 'required', description: 'Port.', change }, PORT_RANGE),
        },
        { description: 'Probe by opening a TCP connection.', change },
      ),
      initial_delay_seconds: int({ description: 'Seconds before the first probe.', change }, { minimum: 0 }),
      timeout_seconds: int({ description: 'Seconds one probe may take.', change }, { minimum: 1 }),
      period_seconds: int({ description: 'Seconds between probes.', change }, { minimum: 1 }),
      success_threshold: int(
        { description: `Consecutive successes after which the container counts as ${what}.`, change },
        { minimum: 1 },
      ),
      failure_threshold: int(
        { description: `Consecutive failures after which the container counts as not ${what}.`, change },
        { minimum: 1 },
      ),
    },
    {
      description: `${kind === 'liveness' ? 'Liveness' : 'Readiness'} probe: set exactly one of exec, http_get, tcp_socket.`,
      change,
    },
  );
}

/** The fields an app container and an init container share; `change` is how a change to them is applied. */
function sharedFields(change: Change, nameChange: Change) {
  return {
    name: str(
      {
        mode: 'required',
        description: 'Container name (unique in the group; lower-case letters, digits and "-").',
        change: nameChange,
      },
      CONTAINER_NAME,
    ),
    image: str({ mode: 'required', description: 'Image (e.g. nginx:latest).', change }, { minLength: 1 }),
    image_pull_policy: oneOf(['Always', 'IfNotPresent', 'Never'], { description: 'When to pull the image.', change }),
    cpu: num({ description: 'vCPUs for this container.', change }, { exclusiveMinimum: 0 }),
    memory: num({ description: 'Memory for this container, in GiB.', change }, { exclusiveMinimum: 0 }),
    gpu: num({ description: 'GPU cards for this container.', change }, { minimum: 0 }),
    command: strList({ description: 'Entrypoint (e.g. ["/bin/sh"]).', change }),
    args: strList({ description: 'Arguments (e.g. ["-c", "/app"]).', change }),
    ports: block(
      'list',
      {
        name: str({ description: 'Port name.', change }),
        port: int({ mode: 'required', description: 'Port number.', change }, PORT_RANGE),
        protocol: oneOf(['TCP', 'UDP'], { mode: 'required', description: 'Protocol.', change }),
      },
      { description: 'Ports the container exposes.', change },
    ),
    environment_var: block(
      'list',
      {
        key: str({ mode: 'required', description: 'Variable name.', change }, { minLength: 1 }),
        value: str({ mode: 'required', description: 'Variable value.', change }),
      },
      { description: 'Environment variables.', change, pulumi: 'environmentVars' },
    ),
    working_dir: str({ description: 'Working directory.', change }),
    volume_mount: block(
      'list',
      {
        name: str({ mode: 'required', description: 'Name of a volume in `volumes`.', change }, { minLength: 1 }),
        mount_path: str(
          { mode: 'required', description: 'Absolute mount path in the container.', change },
          { minLength: 1, pattern: '^/' },
        ),
        read_only: bool({ description: 'Mount read-only.', change }),
      },
      { description: 'Volumes mounted into the container.', change, pulumi: 'volumeMounts' },
    ),
  };
}

export const containers = block(
  'list',
  {
    ...sharedFields(UPDATE, REPLACE('containerName')),
    liveness_probe: probe('liveness', UPDATE),
    readiness_probe: probe('readiness', UPDATE),
    lifecycle_post_start_handler_exec: strList({
      description: 'Command run after the container starts (a failure restarts it).',
      change: UPDATE,
    }),
    lifecycle_pre_stop_handler_exec: strList({
      description: 'Command run before the container stops.',
      change: UPDATE,
    }),
  },
  {
    mode: 'required',
    description: "The group's containers; changed in place (the full list is resent), except a rename.",
    change: UPDATE,
    minItems: 1,
  },
);

export const initContainers = block('list', sharedFields(REPLACE('init'), REPLACE('init')), {
  description: 'Containers run to completion, in order, before the app containers start. Not updatable in place.',
  change: REPLACE('init'),
});
