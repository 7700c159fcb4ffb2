// Container groups (CTyun ECI) as stored. The group's status moves on the engine clock like a server's.
import type { CreateContainerGroupBody } from './schema';

export type GroupStatus =
  | 'Scheduling'
  | 'Pending'
  | 'Running'
  | 'Restarting'
  | 'Updating'
  | 'Terminating'
  | 'Succeeded'
  | 'Failed'
  | 'ScheduleFailed';

export interface ContainerState {
  state: 'Waiting' | 'Running' | 'Terminated';
  reason: string | null;
  message: string | null;
  startTime: number | null;
  finishTime: number | null;
  exitCode: number | null;
}

export interface ContainerStatus {
  name: string;
  image: string;
  init: boolean;
  ready: boolean;
  restartCount: number;
  current: ContainerState;
  previous: ContainerState | null;
}

export interface GroupEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  time: number;
}

/** Something due on the clock: the group reaching a status, or one container coming back after a restart. */
export type GroupStep = { at: number; status: GroupStatus | 'Deleted' } | { at: number; restart: string };

export interface ContainerGroup {
  id: string;
  projectId: string;
  userId: string;
  regionId: string;
  name: string;
  /** The create body as accepted (secrets included: it is never returned as is). */
  spec: CreateContainerGroupBody;
  cpu: number;
  memory: number;
  gpu: number;
  status: GroupStatus;
  host: string | null;
  az: string;
  portId: string | null;
  intranetIp: string | null;
  eipId: string | null;
  eipPortId: string | null;
  internetIp: string | null;
  containers: ContainerStatus[];
  events: GroupEvent[];
  creationTime: number;
  updatedAt: number;
  succeededTime: number | null;
  failedTime: number | null;
  deletedAt: number | null;
  steps: GroupStep[];
  dueAt: number | null;
}
