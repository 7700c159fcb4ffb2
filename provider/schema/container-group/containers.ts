// The `containers` and `init_containers` blocks of seed 003 (tables container, initContainer, port,
// environmentVar, livenessProbe/readinessProbe, exec, httpGet, tcpSocket, volumeMount). App containers are
// updated in place (the full list is resent); init containers only by replacement.
import type { Change } from '../dsl';
import { block, bool, int, num, oneOf, str, strList } from '../dsl';
import { PORT_RANGE, REPLACE, UPDATE } from './common';

/** Kubernetes' DNS-label rule, which the ECI engine applies to container names. */
const CONTAINER_NAME = { minLength: 1, maxLength: 63, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' };

function probe(kind: 'liveness' | 'readiness') {
  const what = kind === 'liveness' ? 'alive' : 'ready';
  return block(
    'single',
    {
      exec: block(
        'single',
        {
          command: strList(
            { mode: 'required', description: 'Command run in the container; exit 0 = success.' },
            {},
            { minItems: 1 },
          ),
        },
        { description: 'Probe by running a command.' },
      ),
      http_get: block(
        'single',
        {
          scheme: oneOf(['HTTP', 'HTTPS'], { mode: 'required', description: 'Protocol.' }),
          port: int({ mode: 'required', description: 'Port.' }, PORT_RANGE),
          path: str({ mode: 'required', description: 'URL path (e.g. /healthz).' }),
        },
        { description: 'Probe by an HTTP GET.' },
      ),
      tcp_socket: block(
        'single',
        {
          port: int({ mode: 'required', description: 'Port.' }, PORT_RANGE),
        },
        { description: 'Probe by opening a TCP connection.' },
      ),
      initial_delay_seconds: int({ description: 'Seconds before the first probe.' }, { minimum: 0 }),
      timeout_seconds: int({ description: 'Seconds one probe may take.' }, { minimum: 1 }),
      period_seconds: int({ description: 'Seconds between probes.' }, { minimum: 1 }),
      success_threshold: int(
        { description: `Consecutive successes after which the container counts as ${what}.` },
        { minimum: 1 },
      ),
      failure_threshold: int(
        { description: `Consecutive failures after which the container counts as not ${what}.` },
        { minimum: 1 },
      ),
    },
    {
      description: `${kind === 'liveness' ? 'Liveness' : 'Readiness'} probe: set exactly one of exec, http_get, tcp_socket.`,
    },
  );
}

/** The fields an app container and an init container share; they take the change strategy of their block. */
function sharedFields(nameChange?: Change) {
  return {
    name: str(
      {
        mode: 'required',
        description: 'Container name (unique in the group; lower-case letters, digits and "-").',
        change: nameChange,
      },
      CONTAINER_NAME,
    ),
    image: str({ mode: 'required', description: 'Image (e.g. nginx:latest).' }, { minLength: 1 }),
    image_pull_policy: oneOf(['Always', 'IfNotPresent', 'Never'], { description: 'When to pull the image.' }),
    cpu: num({ description: 'vCPUs for this container.' }, { exclusiveMinimum: 0 }),
    memory: num({ description: 'Memory for this container, in GiB.' }, { exclusiveMinimum: 0 }),
    gpu: num({ description: 'GPU cards for this container.' }, { minimum: 0 }),
    command: strList({ description: 'Entrypoint (e.g. ["/bin/sh"]).' }),
    args: strList({ description: 'Arguments (e.g. ["-c", "/app"]).' }),
    ports: block(
      'list',
      {
        name: str({ description: 'Port name.' }),
        port: int({ mode: 'required', description: 'Port number.' }, PORT_RANGE),
        protocol: oneOf(['TCP', 'UDP'], { mode: 'required', description: 'Protocol.' }),
      },
      { description: 'Ports the container exposes.' },
    ),
    environment_var: block(
      'list',
      {
        key: str({ mode: 'required', description: 'Variable name.' }, { minLength: 1 }),
        value: str({ mode: 'required', description: 'Variable value.' }),
      },
      { description: 'Environment variables.' },
    ),
    working_dir: str({ description: 'Working directory.' }),
    volume_mount: block(
      'list',
      {
        name: str({ mode: 'required', description: 'Name of a volume in `volumes`.' }, { minLength: 1 }),
        mount_path: str(
          { mode: 'required', description: 'Absolute mount path in the container.' },
          { minLength: 1, pattern: '^/' },
        ),
        read_only: bool({ description: 'Mount read-only.' }),
      },
      { description: 'Volumes mounted into the container.' },
    ),
  };
}

export const containers = block(
  'list',
  {
    ...sharedFields(REPLACE('containerName')),
    liveness_probe: probe('liveness'),
    readiness_probe: probe('readiness'),
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

export const initContainers = block('list', sharedFields(), {
  description: 'Containers run to completion, in order, before the app containers start. Not updatable in place.',
  change: REPLACE('init'),
});
