"""Schemathesis hooks of `./parceliq fuzz` (docs/fuzzing.md, ADR 0023).

Loaded through SCHEMATHESIS_HOOKS. Two jobs:
  * a check that every 4xx/5xx answer has the error shape of CONTRACT section 2, because
    schemathesis only knows the shapes the OpenAPI document declares;
  * path parameters drawn from the victim tenant's real ids (PARCELIQ_FUZZ_TARGETS, written by
    com.parceliq.it.fuzz.FuzzTenants), so that cross-tenant access is probed with ids that exist,
    not only with random strings that 404 anyway.
"""

import atexit
import json
import os
import threading

import schemathesis
from hypothesis import strategies as st

# Statuses the contract allows for an error (section 2); anything else in 4xx/5xx is a finding.
CONTRACT_ERROR_STATUSES = {400, 401, 402, 403, 404, 405, 406, 409, 413, 415, 422, 429, 503}


def _load_targets():
    path = os.environ.get("PARCELIQ_FUZZ_TARGETS")
    if not path:
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle).get("victim_ids", {})


# {"shipments": ["shp_..."], "webhooks": ["whk_..."], ...}: keyed by the path's collection.
VICTIM_IDS = _load_targets()
VICTIM_ID_SET = {value for values in VICTIM_IDS.values() for value in values}

# Figures for the summary line: requests sent, by status class, and how many carried a victim id.
STATS = {"requests": 0, "victim_probes": 0, "2xx": 0, "4xx": 0, "5xx": 0}
_STATS_LOCK = threading.Lock()


def _write_stats():
    path = os.environ.get("PARCELIQ_FUZZ_STATS")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(STATS, handle)


atexit.register(_write_stats)


def _victim_id_in(url):
    return any(victim in url for victim in VICTIM_ID_SET)


def _collection_of(path):
    """The collection a path's ids belong to: /v1/ops/shipments/{id} and /v1/shipments/{id}
    both take shipment ids."""
    segments = [s for s in path.split("/") if s and s != "v1"]
    if segments and segments[0] == "ops":
        segments = segments[1:]
    return segments[0] if segments else ""


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    """Drawn path parameters keep the generated value, or carry a real id of the victim tenant (so
    the attacker's key is tried on objects that exist), or get a NUL appended."""
    if context.operation is None or not path_parameters:
        return st.just(path_parameters)
    ids = VICTIM_IDS.get(_collection_of(context.operation.path), [])
    if not ids:
        name = next(iter(path_parameters))
        return st.one_of(st.just(path_parameters), _with_nul(path_parameters, name))
    name = "id" if "id" in path_parameters else next(iter(path_parameters))
    victim = st.sampled_from(ids).map(lambda value: {**path_parameters, name: value})
    return st.one_of(st.just(path_parameters), victim, _with_nul(path_parameters, name))


@schemathesis.hook
def flatmap_query(context, query):
    """Some queries get a NUL in one value: PostgreSQL cannot hold one, and a filter that reached
    a query with it answered 500 (NulCharacterIT). The generator rarely draws it on its own."""
    if not query:
        return st.just(query)
    with_nul = st.sampled_from(sorted(query)).flatmap(lambda name: _with_nul(query, name))
    return st.one_of(st.just(query), with_nul)


def _with_nul(values, name):
    return st.just({**values, name: f"{values[name]}\x00"})


@schemathesis.hook
def after_call(context, case, response):
    """Counts what was sent: the figures of docs/fuzzing.md come from here."""
    with _STATS_LOCK:
        STATS["requests"] += 1
        if _victim_id_in(response.request.url or ""):
            STATS["victim_probes"] += 1
        key = f"{response.status_code // 100}xx"
        if key in STATS:
            STATS[key] += 1


@schemathesis.check
def victim_objects_stay_hidden(ctx, response, case):
    """An attacker's request naming one of the victim's ids must fail (404, or 403 for a route of
    the platform): a success would mean it read or changed another tenant's object."""
    if response.status_code < 400 and _victim_id_in(response.request.url or ""):
        raise AssertionError(
            f"the attacker's request on another tenant's object answered {response.status_code}"
        )
    return None


@schemathesis.check
def contract_error_shape(ctx, response, case):
    """Every 4xx/5xx is {"error": {"code", "message", "request_id", optional "errors"[]}}, with
    a status the contract names, and 429/503 carry Retry-After."""
    status = response.status_code
    if status < 400:
        return None
    if status not in CONTRACT_ERROR_STATUSES:
        raise AssertionError(f"status {status} is not one the contract allows for an error")
    if status in (429, 503) and "retry-after" not in response.headers:
        raise AssertionError(f"{status} without a Retry-After header")
    if case.method.upper() == "HEAD":
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError(f"{status} body is not JSON: {response.content[:200]!r}") from None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        raise AssertionError(f'{status} body has no "error" object: {response.content[:200]!r}')
    for field in ("code", "message", "request_id"):
        if not isinstance(error.get(field), str) or not error[field]:
            raise AssertionError(f'{status} error without a string "{field}": {error}')
    details = error.get("errors")
    if details is not None:
        if not isinstance(details, list):
            raise AssertionError(f'"errors" is not a list: {error}')
        for item in details:
            if not isinstance(item, dict) or not isinstance(item.get("message"), str):
                raise AssertionError(f'an "errors" item without field/message: {item}')
            if "field" in item and not isinstance(item["field"], str):
                raise AssertionError(f'an "errors" item whose field is not a string: {item}')
    return None
