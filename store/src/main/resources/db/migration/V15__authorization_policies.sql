-- Authorization (issue 7). A tenant's own Cedar policies, evaluated together with the platform's
-- base policies (a tenant can narrow what its roles may do, never reach outside its tenant).
-- "version" grows with every change so that API replicas can tell a cached policy set is stale.
create table tenant_policies (
  tenant_id  text primary key references tenants (id),
  policies   text not null,
  version    bigint not null,
  updated_at timestamptz not null,
  updated_by text not null
);

-- Principals (API keys, OIDC users) an operator has stopped: every request of theirs is denied,
-- whatever their roles, until the row is removed. Platform-level: a principal id names its tenant
-- only through the key or token it belongs to.
create table principal_quarantines (
  principal_id   text primary key,
  reason         text not null,
  quarantined_by text not null,
  quarantined_at timestamptz not null
);
