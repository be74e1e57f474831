-- The client rollup also keeps a versioned treatment plan draft next to the journey and the bridge.
ALTER TABLE client_rollups DROP CONSTRAINT client_rollups_kind_check;
ALTER TABLE client_rollups ADD CONSTRAINT client_rollups_kind_check CHECK (kind IN ('journey', 'bridge', 'treatment_plan'));
