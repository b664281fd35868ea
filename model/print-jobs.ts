// What a print job prints and where it stands: one list for the queue, the log and the contract.
export const JOB_KINDS = ['badge', 'sheet', 'test-page'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATES = ['queued', 'sending', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
