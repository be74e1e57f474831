// Status and kind values shared by the code and the database. Each list is mirrored by a CHECK constraint in
// the migrations; the schema test fails when the two disagree.
export const USER_ROLES = ['admin', 'clinician', 'client'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What the session pipeline is doing now; the `<stage>_at` columns record what is finished. */
export const SESSION_STATUSES = [
  'draft',
  'uploaded',
  'transcribing',
  'analyzing',
  'deep_analyzing',
  'rolling_up',
  'completed',
  'failed',
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SOURCE_KINDS = ['audio', 'transcript'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const NOTE_FORMATS = ['SOAP', 'DAP', 'BIRP', 'GIRP'] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

export const ROLLUP_KINDS = ['journey', 'bridge', 'treatment_plan'] as const;
export type RollupKind = (typeof ROLLUP_KINDS)[number];

export const GENERATION_OUTCOMES = ['ok', 'retried', 'failed'] as const;
export type GenerationOutcome = (typeof GENERATION_OUTCOMES)[number];

export const HOMEWORK_SOURCES = ['generated', 'clinician'] as const;
export type HomeworkSource = (typeof HOMEWORK_SOURCES)[number];
