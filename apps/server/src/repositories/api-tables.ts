import { col } from '../db/columns.ts';
import type { Json } from '../db/schema.ts';

// Tables of the API layer (accounts, invites, questionnaires, webhooks), created by migrations 0100+.
// Spread into the server's table manifest so the Kysely types and the schema-drift test cover them too.
export const QUESTIONNAIRE_KIND_VALUES = ['phq9', 'gad7'] as const;
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export const WEBHOOK_EVENT_TYPES = ['session.analyzed', 'session.failed', 'risk.flagged'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const id = () => col.uuid().defaulted();
const createdAt = () => col.timestamptz().defaulted();

export const apiTables = {
  auth_sessions: {
    id: id(),
    user_id: col.uuid(),
    token_hash: col.text(),
    ip: col.text().null(),
    user_agent: col.text().null(),
    last_seen_at: createdAt(),
    expires_at: col.timestamptz(),
    created_at: createdAt(),
  },
  api_tokens: {
    id: id(),
    user_id: col.uuid(),
    name: col.text(),
    token_hash: col.text(),
    last_used_at: col.timestamptz().null(),
    revoked_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  password_resets: {
    id: id(),
    user_id: col.uuid(),
    token_hash: col.text(),
    expires_at: col.timestamptz(),
    used_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  client_invites: {
    id: id(),
    practice_id: col.uuid(),
    client_id: col.uuid(),
    created_by: col.uuid(),
    email: col.text(),
    token_hash: col.text(),
    expires_at: col.timestamptz(),
    accepted_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  recording_consents: {
    id: id(),
    practice_id: col.uuid(),
    session_id: col.uuid(),
    media_file_id: col.uuid().null(),
    recorded_by: col.uuid(),
    statement: col.text(),
    ip: col.text().null(),
    created_at: createdAt(),
  },
  questionnaire_responses: {
    id: id(),
    practice_id: col.uuid(),
    client_id: col.uuid(),
    kind: col.oneOf(QUESTIONNAIRE_KIND_VALUES),
    answers: col.jsonb<number[]>(),
    total: col.int(),
    severity: col.text(),
    created_at: createdAt(),
  },
  risk_flags: {
    id: id(),
    practice_id: col.uuid(),
    client_id: col.uuid(),
    session_id: col.uuid().null(),
    source: col.text(),
    detail: col.text(),
    acknowledged_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  webhooks: {
    id: id(),
    practice_id: col.uuid(),
    url: col.text(),
    /** Signing secret, sealed with the field cipher (it must be readable to sign, so it cannot be hashed). */
    secret: col.text(),
    events: col.jsonb<Json>(),
    disabled_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
  webhook_deliveries: {
    id: id(),
    practice_id: col.uuid(),
    webhook_id: col.uuid(),
    event_type: col.text(),
    /** pipeline_events id the delivery was created for (NULL for events raised directly, e.g. questionnaires). */
    source_event_id: col.bigint().null(),
    payload: col.jsonb<Json>(),
    status: col.oneOf(WEBHOOK_DELIVERY_STATUSES).defaulted(),
    attempts: col.int().defaulted(),
    last_status_code: col.int().null(),
    last_error: col.text().null(),
    delivered_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
} as const;
