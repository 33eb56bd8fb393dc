/**
 * The queue that carries roster jobs (submit, withdraw) to the worker. A message names only the
 * roster; everything else the worker reads from the table, so a message sent twice, late, or
 * after a crash does no harm: the job's progress on the roster says where to go on.
 */
export interface JobMessage {
  regency: string;
  rosterId: string;
  /** Who started the job: audit items of its last step name them. */
  user: string;
}

export interface JobQueue {
  send(message: JobMessage): Promise<void>;
}
