package com.parceliq.api.authz.sentinel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.AuthorizationRequest;
import java.util.Locale;

/**
 * The body of {@code POST /v1/authorize}: {@code {principal: {id, kind, tenant_id, roles}, action,
 * resource: {type, id, tenant_id}, context: {request_id, correlation_id, source_address}}}.
 */
final class SentinelRequests {

  private SentinelRequests() {}

  static ObjectNode body(ObjectMapper json, AuthorizationRequest request) {
    ObjectNode body = json.createObjectNode();
    Principal principal = request.principal();
    ObjectNode who = body.putObject("principal");
    who.put("id", principal.id());
    who.put("kind", principal.kind().name().toLowerCase(Locale.ROOT));
    who.put("tenant_id", principal.tenantId());
    ArrayNode roles = who.putArray("roles");
    principal.roles().stream().sorted().forEach(roles::add);
    body.put("action", request.action().wireName());
    ObjectNode resource = body.putObject("resource");
    resource.put("type", request.resource().type().wireName());
    resource.put("id", request.resource().id());
    resource.put("tenant_id", request.resource().tenantId());
    ObjectNode context = body.putObject("context");
    context.put("request_id", request.context().requestId());
    context.put("correlation_id", request.context().correlationId());
    context.put("source_address", request.context().sourceAddress());
    return body;
  }
}
