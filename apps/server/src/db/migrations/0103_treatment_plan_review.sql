-- The treatment plan is a draft the clinician reviews: a version can be written by a clinician (edited_by) and a
-- version can be approved (approved_at/approved_by). Regenerated versions start unapproved.
ALTER TABLE client_rollups ADD COLUMN edited_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE client_rollups ADD COLUMN approved_at timestamptz;
ALTER TABLE client_rollups ADD COLUMN approved_by uuid REFERENCES users (id) ON DELETE SET NULL;
