-- Initial schema. Every CHECK list mirrors a constant in src/db/enums.ts and every column mirrors
-- src/db/schema.ts; test/db/schema-drift.test.ts fails when they disagree.

CREATE TABLE practices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_demo boolean NOT NULL DEFAULT false,
  demo_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT practices_demo_expiry CHECK (is_demo OR demo_expires_at IS NULL)
);
CREATE INDEX practices_demo_expires_idx ON practices (demo_expires_at) WHERE is_demo;

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CONSTRAINT users_role_check CHECK (role IN ('admin', 'clinician', 'client')),
  password_hash text,
  totp_secret text,
  totp_enabled_at timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_lowercase CHECK (email = lower(email))
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_practice_idx ON users (practice_id);

CREATE TABLE clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  clinician_id uuid NOT NULL REFERENCES users (id),
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clients_practice_idx ON clients (practice_id);
CREATE INDEX clients_clinician_idx ON clients (clinician_id);
CREATE UNIQUE INDEX clients_user_key ON clients (user_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  clinician_id uuid NOT NULL REFERENCES users (id),
  session_date date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CONSTRAINT sessions_status_check CHECK (
    status IN ('draft', 'uploaded', 'transcribing', 'analyzing', 'deep_analyzing', 'rolling_up', 'completed', 'failed')
  ),
  source_kind text NOT NULL CONSTRAINT sessions_source_kind_check CHECK (source_kind IN ('audio', 'transcript')),
  uploaded_at timestamptz,
  transcribed_at timestamptz,
  wave1_at timestamptz,
  wave2_at timestamptz,
  rollup_at timestamptz,
  failed_at timestamptz,
  error text,
  request_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_practice_date_idx ON sessions (practice_id, session_date DESC);
CREATE INDEX sessions_client_date_idx ON sessions (client_id, session_date DESC);
CREATE INDEX sessions_clinician_date_idx ON sessions (clinician_id, session_date DESC);
CREATE INDEX sessions_status_idx ON sessions (status);

CREATE TABLE media_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid REFERENCES sessions (id) ON DELETE CASCADE,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  mime_type text NOT NULL,
  storage_path text NOT NULL,
  original_name text,
  consent_at timestamptz,
  delete_after timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX media_files_session_idx ON media_files (session_id);
CREATE INDEX media_files_sha256_idx ON media_files (practice_id, sha256);
CREATE INDEX media_files_delete_after_idx ON media_files (delete_after) WHERE deleted_at IS NULL;

CREATE TABLE transcripts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
  engine text NOT NULL,
  language text,
  source_format text NOT NULL,
  source_filename text,
  times_estimated boolean NOT NULL DEFAULT false,
  duration_sec numeric(10, 3),
  warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  segments jsonb NOT NULL,
  speakers jsonb NOT NULL,
  key_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE analyses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  kind text NOT NULL,
  schema_version integer NOT NULL,
  provider text NOT NULL,
  model text,
  prompt_version text,
  payload jsonb NOT NULL,
  key_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT analyses_session_kind_key UNIQUE (session_id, kind)
);

CREATE TABLE client_rollups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  kind text NOT NULL CONSTRAINT client_rollups_kind_check CHECK (kind IN ('journey', 'bridge')),
  version integer NOT NULL,
  provider text NOT NULL,
  model text,
  prompt_version text,
  payload jsonb NOT NULL,
  key_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT client_rollups_version_key UNIQUE (client_id, kind, version)
);

CREATE TABLE clinical_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  format text NOT NULL CONSTRAINT clinical_notes_format_check CHECK (format IN ('SOAP', 'DAP', 'BIRP', 'GIRP')),
  current_version integer NOT NULL DEFAULT 1,
  signed_at timestamptz,
  signed_by uuid REFERENCES users (id),
  shared_with_client_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT clinical_notes_signed CHECK ((signed_at IS NULL) = (signed_by IS NULL))
);
CREATE INDEX clinical_notes_session_idx ON clinical_notes (session_id);
CREATE INDEX clinical_notes_client_idx ON clinical_notes (client_id);

CREATE TABLE clinical_note_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  note_id uuid NOT NULL REFERENCES clinical_notes (id) ON DELETE CASCADE,
  version integer NOT NULL,
  body jsonb NOT NULL,
  key_id text,
  edited_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT clinical_note_versions_key UNIQUE (note_id, version)
);

CREATE TABLE homework_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  text text NOT NULL,
  source text NOT NULL DEFAULT 'generated' CONSTRAINT homework_items_source_check CHECK (
    source IN ('generated', 'clinician')
  ),
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX homework_items_client_idx ON homework_items (client_id);
CREATE INDEX homework_items_session_idx ON homework_items (session_id);

CREATE TABLE pipeline_events (
  id bigserial PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid REFERENCES sessions (id) ON DELETE CASCADE,
  client_id uuid REFERENCES clients (id) ON DELETE CASCADE,
  type text NOT NULL,
  stage text,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pipeline_events_practice_idx ON pipeline_events (practice_id, id);
CREATE INDEX pipeline_events_session_idx ON pipeline_events (session_id, id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  practice_id uuid,
  actor_user_id uuid,
  action text NOT NULL,
  resource_type text NOT NULL,
  resource_id text,
  ip text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_practice_at_idx ON audit_log (practice_id, at DESC);

-- Append-only: the database itself refuses to change or remove audit rows, whatever the application does.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE generation_costs (
  id bigserial PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  session_id uuid REFERENCES sessions (id) ON DELETE SET NULL,
  client_id uuid REFERENCES clients (id) ON DELETE SET NULL,
  task text NOT NULL,
  provider text NOT NULL,
  model text,
  prompt_version text,
  input_tokens integer NOT NULL CHECK (input_tokens >= 0),
  output_tokens integer NOT NULL CHECK (output_tokens >= 0),
  cost_usd numeric(12, 6) NOT NULL CHECK (cost_usd >= 0),
  latency_ms integer NOT NULL CHECK (latency_ms >= 0),
  outcome text NOT NULL CONSTRAINT generation_costs_outcome_check CHECK (outcome IN ('ok', 'retried', 'failed')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX generation_costs_practice_created_idx ON generation_costs (practice_id, created_at);
CREATE INDEX generation_costs_session_idx ON generation_costs (session_id);

CREATE TABLE job_probe_results (
  id bigserial PRIMARY KEY,
  probe_key text NOT NULL,
  worker text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_probe_results_key_idx ON job_probe_results (probe_key);
