-- Every API process sees every pipeline event; this key lets exactly one of them create the delivery.
ALTER TABLE webhook_deliveries ADD COLUMN source_event_id bigint;
CREATE UNIQUE INDEX webhook_deliveries_event_key ON webhook_deliveries (webhook_id, source_event_id);
