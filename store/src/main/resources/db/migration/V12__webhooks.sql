-- Webhook endpoints of a tenant (CONTRACT section 5). The signing secret must be readable to sign,
-- so it is sealed like carrier credentials (envelope encryption under the master key, owner bound
-- to tenant and endpoint id). A deleted endpoint stays (deleted_at) so its deliveries' history
-- still names it.
create table webhook_endpoints (
  id                        text primary key,
  tenant_id                 text not null references tenants (id),
  url                       text not null,
  key_id                    text not null,
  encrypted_data_key        bytea not null,
  encrypted_secret          bytea not null,
  status                    text not null check (status in ('enabled', 'disabled')),
  consecutive_dead_letters  integer not null default 0,
  -- The dead letter that disabled the endpoint: names the webhook.disabled fact, so a retried
  -- dead-letter step publishes it once.
  disabled_by_delivery_id   text,
  created_at                timestamptz not null,
  disabled_at               timestamptz,
  deleted_at                timestamptz
);
create index webhook_endpoints_tenant on webhook_endpoints (tenant_id, id desc);
create index webhook_endpoints_enabled on webhook_endpoints (tenant_id)
  where status = 'enabled' and deleted_at is null;

-- A replay the merchant asked for: re-delivers the tenant's events since an instant, or the ones
-- named, to one endpoint.
create table webhook_replays (
  id           text primary key,
  tenant_id    text not null references tenants (id),
  endpoint_id  text not null references webhook_endpoints (id),
  since        timestamptz,
  event_ids    text[],
  status       text not null check (status in ('running', 'completed')),
  deliveries   integer not null default 0,
  created_at   timestamptz not null,
  completed_at timestamptz
);
create index webhook_replays_tenant on webhook_replays (tenant_id, id desc);

-- One event to one endpoint. An initial delivery exists once per (endpoint, event), so a fact
-- fanned out again (a retried emit) never delivers twice; a replay makes new ones, once per
-- (replay, event).
create table webhook_deliveries (
  id                text primary key,
  tenant_id         text not null references tenants (id),
  event_id          text not null references events (id),
  endpoint_id       text not null references webhook_endpoints (id),
  kind              text not null check (kind in ('initial', 'replay')),
  replay_id         text references webhook_replays (id),
  status            text not null
                      check (status in ('pending', 'delivered', 'dead_lettered', 'cancelled')),
  attempts          integer not null default 0,
  created_at        timestamptz not null,
  delivered_at      timestamptz,
  dead_lettered_at  timestamptz,
  check ((kind = 'replay') = (replay_id is not null))
);
create unique index webhook_deliveries_initial on webhook_deliveries (endpoint_id, event_id)
  where kind = 'initial';
create unique index webhook_deliveries_replayed on webhook_deliveries (replay_id, event_id)
  where kind = 'replay';
create index webhook_deliveries_event on webhook_deliveries (tenant_id, event_id);
create index webhook_deliveries_pending on webhook_deliveries (endpoint_id)
  where status = 'pending';

-- Every attempt of a delivery: what the endpoint answered (at most 1 KiB of it) and how fast.
create table webhook_attempts (
  delivery_id   text not null references webhook_deliveries (id),
  attempt       integer not null,
  tenant_id     text not null references tenants (id),
  started_at    timestamptz not null,
  status_code   integer,
  latency_ms    bigint not null,
  response      text,
  error         text,
  primary key (delivery_id, attempt)
);
