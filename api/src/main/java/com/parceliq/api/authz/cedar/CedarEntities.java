package com.parceliq.api.authz.cedar;

import com.cedarpolicy.model.Context;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimBool;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.AuthorizationRequest;
import com.parceliq.api.authz.RequestContext;
import com.parceliq.api.authz.ResourceRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Cedar view of an authorization request: principal {@code Parceliq::ApiKey | User |
 * PlatformAdmin} (attrs {@code tenant}, {@code quarantined}; member of {@code Parceliq::Role}
 * entities), action {@code Parceliq::Action::"<wire name>"}, resource {@code Parceliq::<resource
 * type>} (attr {@code tenant}), context {@code request_id}, {@code correlation_id}, {@code
 * source_address}.
 */
final class CedarEntities {

  static final String NAMESPACE = "Parceliq::";

  /** The id of a collection resource (a list or a creation names no object). */
  static final String COLLECTION_ID = "";

  private CedarEntities() {}

  record CedarRequest(
      EntityUID principal,
      EntityUID action,
      EntityUID resource,
      Context context,
      Set<Entity> all) {}

  static CedarRequest of(AuthorizationRequest request) {
    Set<Entity> entities = new HashSet<>();
    Entity principal = principal(request.principal(), request.quarantined(), entities);
    Entity resource = resource(request.resource());
    entities.add(principal);
    entities.add(resource);
    return new CedarRequest(
        principal.getEUID(),
        action(request.action()),
        resource.getEUID(),
        context(request.context()),
        entities);
  }

  static EntityUID action(Action action) {
    return type("Action").of(action.wireName());
  }

  private static Entity principal(Principal principal, boolean quarantined, Set<Entity> entities) {
    Map<String, Value> attrs = new HashMap<>();
    attrs.put("quarantined", new PrimBool(quarantined));
    if (principal.tenantId() != null) {
      attrs.put("tenant", new PrimString(principal.tenantId()));
    }
    Set<EntityUID> roles = new HashSet<>();
    for (String role : principal.roles()) {
      EntityUID uid = type("Role").of(role);
      roles.add(uid);
      entities.add(new Entity(uid));
    }
    return new Entity(type(principalType(principal)).of(principal.id()), attrs, roles);
  }

  private static String principalType(Principal principal) {
    return switch (principal.kind()) {
      case PLATFORM_ADMIN -> "PlatformAdmin";
      case API_KEY -> "ApiKey";
      case USER -> "User";
    };
  }

  private static Entity resource(ResourceRef resource) {
    Map<String, Value> attrs = new HashMap<>();
    if (resource.tenantId() != null) {
      attrs.put("tenant", new PrimString(resource.tenantId()));
    }
    String id = resource.id() == null ? COLLECTION_ID : resource.id();
    return new Entity(type(resource.type().wireName()).of(id), attrs, Set.of());
  }

  private static Context context(RequestContext context) {
    Map<String, Value> values = new HashMap<>();
    putIfPresent(values, "request_id", context.requestId());
    putIfPresent(values, "correlation_id", context.correlationId());
    putIfPresent(values, "source_address", context.sourceAddress());
    return new Context(values);
  }

  private static void putIfPresent(Map<String, Value> values, String name, String value) {
    if (value != null) {
      values.put(name, new PrimString(value));
    }
  }

  private static EntityTypeName type(String name) {
    return EntityTypeName.parse(NAMESPACE + name)
        .orElseThrow(() -> new IllegalArgumentException("not a Cedar type name: " + name));
  }
}
