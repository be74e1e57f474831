-- Resource library (issue 9): sites a practice trusts, their crawls, the readable pages, and per-client
-- recommendations a clinician approves before the client sees them. The crawl frontier lives here too, so a crawl
-- job that dies mid-run resumes where it stopped.

CREATE TABLE library_sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  url text NOT NULL,
  depth integer NOT NULL DEFAULT 2 CHECK (depth BETWEEN 0 AND 5),
  same_site boolean NOT NULL DEFAULT true,
  rate numeric NOT NULL DEFAULT 0.5 CHECK (rate > 0),
  render text NOT NULL DEFAULT 'auto' CHECK (render IN ('auto', 'always', 'never')),
  max_pages integer NOT NULL DEFAULT 200 CHECK (max_pages > 0),
  recrawl_every_hours integer NOT NULL DEFAULT 168 CHECK (recrawl_every_hours > 0),
  -- The crawler's per-source state (SourceState): last finished run, pages it holds, pages that changed then.
  last_run_id uuid,
  last_crawled_at timestamptz,
  pages integer NOT NULL DEFAULT 0,
  changed integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (practice_id, url)
);

CREATE TABLE crawl_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  source_id uuid NOT NULL REFERENCES library_sources(id) ON DELETE CASCADE,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'completed', 'failed')),
  cause text NOT NULL CHECK (cause IN ('manual', 'schedule')),
  requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
  -- The crawler's CrawlRun: NULL sources until the crawl job has started it.
  sources jsonb,
  started_at timestamptz,
  finished_at timestamptz,
  fetched integer NOT NULL DEFAULT 0,
  -- Progress: URLs still queued and URLs done per outcome (new, changed, unchanged, duplicate, disallowed, …).
  queued integer NOT NULL DEFAULT 0,
  counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crawl_runs_source_idx ON crawl_runs (source_id, created_at DESC);
-- At most one queued or running crawl per source.
CREATE UNIQUE INDEX crawl_runs_active_idx ON crawl_runs (source_id) WHERE state IN ('queued', 'running');

CREATE TABLE crawl_frontier (
  run_id uuid NOT NULL REFERENCES crawl_runs(id) ON DELETE CASCADE,
  seq bigserial,
  url text NOT NULL,
  depth integer NOT NULL,
  source text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done')),
  visit_status text,
  visit_detail text,
  page_url text,
  visited_at timestamptz,
  PRIMARY KEY (run_id, url)
);
CREATE INDEX crawl_frontier_pending_idx ON crawl_frontier (run_id, seq) WHERE state = 'pending';

CREATE TABLE library_pages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  source_id uuid NOT NULL REFERENCES library_sources(id) ON DELETE CASCADE,
  canonical_url text NOT NULL,
  aliases jsonb NOT NULL DEFAULT '[]'::jsonb,
  title text NOT NULL,
  language text NOT NULL,
  tags jsonb NOT NULL DEFAULT '[]'::jsonb,
  markdown text NOT NULL,
  content_hash text NOT NULL,
  rendered boolean NOT NULL DEFAULT false,
  last_run_id uuid NOT NULL,
  first_seen_at timestamptz NOT NULL,
  fetched_at timestamptz NOT NULL,
  changed_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (practice_id, canonical_url)
);
CREATE INDEX library_pages_hash_idx ON library_pages (practice_id, content_hash);
CREATE INDEX library_pages_source_idx ON library_pages (source_id);

CREATE TABLE library_recommendations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  page_id uuid NOT NULL REFERENCES library_pages(id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'dismissed')),
  score numeric NOT NULL,
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- A page is put to a client once; a dismissed page is not proposed again.
  UNIQUE (client_id, page_id)
);
CREATE INDEX library_recommendations_session_idx ON library_recommendations (session_id);
