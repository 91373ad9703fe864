package com.parceliq.api.authz.routes;

import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;

/**
 * A resource method as the authorization filter sees it. A signature-authenticated route (a {@code
 * CarrierSignedRoute} class) has no principal and so no action: the resource verifies the carrier's
 * signature instead.
 */
public record RegisteredRoute(
    String name,
    Action action,
    ResourceType resource,
    String idParam,
    boolean signatureAuthenticated) {

  public static RegisteredRoute signed(String name) {
    return new RegisteredRoute(name, null, null, "", true);
  }

  public boolean hasIdParam() {
    return idParam != null && !idParam.isEmpty();
  }
}
