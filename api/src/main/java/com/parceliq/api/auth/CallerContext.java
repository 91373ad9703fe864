package com.parceliq.api.auth;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The authenticated caller of the current request, set once by {@link AuthenticationFilter}.
 * Reading it before authentication fails closed (401) instead of acting without a principal.
 */
@RequestScoped
public class CallerContext {

  private Principal principal;

  void authenticated(Principal principal) {
    if (this.principal != null) {
      throw new IllegalStateException("the caller of a request is set once");
    }
    this.principal = principal;
  }

  public Principal principal() {
    if (principal == null) {
      throw new ApiException(ErrorCode.AUTH_UNAUTHENTICATED, "Authentication is required.");
    }
    return principal;
  }

  /** The caller, once authenticated; empty before (no exception: the database pool asks). */
  public Optional<Principal> ifAuthenticated() {
    return Optional.ofNullable(principal);
  }

  /** The tenant every read and write of this request is scoped to. */
  public String tenantId() {
    Principal caller = principal();
    if (caller.tenantId() == null) {
      throw new ApiException(ErrorCode.AUTH_FORBIDDEN, "This route needs a tenant API key.");
    }
    return caller.tenantId();
  }

  public String idempotencyScope() {
    return principal().idempotencyScope();
  }
}
