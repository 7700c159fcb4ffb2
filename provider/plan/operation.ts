// One step of an apply as a plan lists it: what the server-operation planner orders and the diff layer's
// generic plan emits, and what the resources then run.

/** One API operation the apply will run, in order (printable, testable). */
export interface Operation {
  /** e.g. `unlock`, `PUT /servers/{id}`, `os-stop`, `resize`, `confirmResize`, `create`, `delete`. */
  op: string;
  detail?: string;
  /** The vm_state the server is expected to be in when the operation runs, and after it (servers only). */
  from?: string;
  to?: string;
  /** A reason the operation is expected to fail (a lock someone else set, an illegal transition). */
  blocked?: string;
}
