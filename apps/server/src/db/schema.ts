import { apiTables } from '../repositories/api-tables.ts';
import { libraryTables } from '../repositories/library-tables.ts';
import { col, type KyselyTable } from './columns.ts';
import {
  GENERATION_OUTCOMES,
  HOMEWORK_SOURCES,
  NOTE_FORMATS,
  ROLLUP_KINDS,
  SESSION_STATUSES,
  SOURCE_KINDS,
  USER_ROLES,
  type NoteFormat,
} from './enums.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A value stored in clear, or as a field-cipher string (`enc:v1:…`) when the row's `key_id` is set. */
export type MaybeSealed<T> = T | string;

export type AudioRetention =
  { mode: 'keep' } | { mode: 'delete_after_transcription' } | { mode: 'keep_days'; days: number };

/** Per-practice settings (jsonb); missing keys take application defaults. */
export interface PracticeSettings {
  noteFormat?: NoteFormat;
  audioRetention?: AudioRetention;
  [key: string]: Json | undefined;
}

const id = () => col.uuid().defaulted();
const createdAt = () => col.timestamptz().defaulted();

/** Every table and column; migrations must create exactly this (see test/db/schema-drift.test.ts). */
export const tables = {
  practices: {
    id: id(),
    name: col.text(),
    settings: col.jsonb<PracticeSettings>().defaulted(),
    is_demo: col.bool().defaulted(),
    demo_expires_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  users: {
    id: id(),
    practice_id: col.uuid(),
    email: col.text(),
    name: col.text(),
    role: col.oneOf(USER_ROLES),
    password_hash: col.text().null(),
    totp_secret: col.text().null(),
    totp_enabled_at: col.timestamptz().null(),
    disabled_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  clients: {
    id: id(),
    practice_id: col.uuid(),
    clinician_id: col.uuid(),
    user_id: col.uuid().null(),
    name: col.text(),
    archived_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  sessions: {
    id: id(),
    practice_id: col.uuid(),
    client_id: col.uuid(),
    clinician_id: col.uuid(),
    session_date: col.date(),
    status: col.oneOf(SESSION_STATUSES).defaulted(),
    source_kind: col.oneOf(SOURCE_KINDS),
    uploaded_at: col.timestamptz().null(),
    transcribed_at: col.timestamptz().null(),
    wave1_at: col.timestamptz().null(),
    wave2_at: col.timestamptz().null(),
    rollup_at: col.timestamptz().null(),
    failed_at: col.timestamptz().null(),
    error: col.text().null(),
    request_id: col.text().null(),
    created_at: createdAt(),
    updated_at: createdAt(),
  },
  media_files: {
    id: id(),
    practice_id: col.uuid(),
    session_id: col.uuid().null(),
    sha256: col.text(),
    size_bytes: col.bigint(),
    mime_type: col.text(),
    storage_path: col.text(),
    original_name: col.text().null(),
    consent_at: col.timestamptz().null(),
    delete_after: col.timestamptz().null(),
    deleted_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  transcripts: {
    id: id(),
    practice_id: col.uuid(),
    session_id: col.uuid(),
    /** e.g. `pocketsphinx/mfcc-pitch-kmeans` for audio, `upload` for transcript files. */
    engine: col.text(),
    language: col.text().null(),
    /** `audio`, or the uploaded transcript's format (json, text, vtt, srt, docx, pdf). */
    source_format: col.text(),
    source_filename: col.text().null(),
    times_estimated: col.bool().defaulted(),
    duration_sec: col.numeric().null(),
    /** Notes a user should see, e.g. that the speech engine is an inaccurate fallback. */
    warnings: col.jsonb<string[]>().defaulted(),
    segments: col.jsonb<MaybeSealed<Json[]>>(),
    speakers: col.jsonb<MaybeSealed<Json[]>>(),
    key_id: col.text().null(),
    created_at: createdAt(),
  },
  analyses: {
    id: id(),
    practice_id: col.uuid(),
    session_id: col.uuid(),
    kind: col.text(),
    schema_version: col.int(),
    provider: col.text(),
    model: col.text().null(),
    prompt_version: col.text().null(),
    payload: col.jsonb<MaybeSealed<Json>>(),
    key_id: col.text().null(),
    created_at: createdAt(),
  },
  client_rollups: {
    id: id(),
    practice_id: col.uuid(),
    client_id: col.uuid(),
    kind: col.oneOf(ROLLUP_KINDS),
    version: col.int(),
    provider: col.text(),
    model: col.text().null(),
    prompt_version: col.text().null(),
    payload: col.jsonb<MaybeSealed<Json>>(),
    key_id: col.text().null(),
    created_at: createdAt(),
    /** Set when a clinician wrote this version (provider `clinician`). */
    edited_by: col.uuid().null(),
    approved_at: col.timestamptz().null(),
    approved_by: col.uuid().null(),
  },
  clinical_notes: {
    id: id(),
    practice_id: col.uuid(),
    session_id: col.uuid(),
    client_id: col.uuid(),
    format: col.oneOf(NOTE_FORMATS),
    current_version: col.int().defaulted(),
    signed_at: col.timestamptz().null(),
    signed_by: col.uuid().null(),
    shared_with_client_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  clinical_note_versions: {
    id: id(),
    note_id: col.uuid(),
    version: col.int(),
    body: col.jsonb<MaybeSealed<Json>>(),
    key_id: col.text().null(),
    /** NULL for a generated draft. */
    edited_by: col.uuid().null(),
    created_at: createdAt(),
  },
  homework_items: {
    id: id(),
    practice_id: col.uuid(),
    session_id: col.uuid(),
    client_id: col.uuid(),
    text: col.text(),
    source: col.oneOf(HOMEWORK_SOURCES).defaulted(),
    completed_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  pipeline_events: {
    /** Also the SSE event id (`Last-Event-ID`). */
    id: col.bigint().defaulted(),
    practice_id: col.uuid(),
    session_id: col.uuid().null(),
    client_id: col.uuid().null(),
    type: col.text(),
    stage: col.text().null(),
    payload: col.jsonb<Json>().defaulted(),
    created_at: createdAt(),
  },
  audit_log: {
    id: col.bigint().defaulted(),
    /** No foreign keys: audit rows outlive the practices, users and resources they mention. */
    practice_id: col.uuid().null(),
    actor_user_id: col.uuid().null(),
    action: col.text(),
    resource_type: col.text(),
    resource_id: col.text().null(),
    ip: col.text().null(),
    request_id: col.text().null(),
    details: col.jsonb<Json>().defaulted(),
    at: createdAt(),
  },
  generation_costs: {
    id: col.bigint().defaulted(),
    practice_id: col.uuid(),
    session_id: col.uuid().null(),
    client_id: col.uuid().null(),
    task: col.text(),
    provider: col.text(),
    model: col.text().null(),
    prompt_version: col.text().null(),
    input_tokens: col.int(),
    output_tokens: col.int(),
    cost_usd: col.numeric(),
    latency_ms: col.int(),
    outcome: col.oneOf(GENERATION_OUTCOMES),
    created_at: createdAt(),
  },
  /** A small results table for the job-system tests and benchmarks (kill -9 recovery, exactly-once checks). */
  job_probe_results: {
    id: col.bigint().defaulted(),
    probe_key: col.text(),
    worker: col.text(),
    created_at: createdAt(),
  },
  /** Accounts, invites, questionnaires and webhooks: declared next to the API repositories that use them. */
  ...apiTables,
  /** Resource library: sources, crawl runs and frontier, pages, recommendations. */
  ...libraryTables,
} as const;

type Tables = typeof tables;

/** Kysely database interface, derived from the manifest. */
export type DB = { [T in keyof Tables]: KyselyTable<Tables[T]> };
export type TableName = keyof DB;
