-- The correlation id of the API request that caused an event (docs/observability.md): GET
-- /v1/events shows it and webhook deliveries send it as X-Correlation-Id, so a merchant's id
-- follows its request into the events it caused. Null for events of earlier releases and of work
-- no request started (schedules).
alter table events add column correlation_id text;
