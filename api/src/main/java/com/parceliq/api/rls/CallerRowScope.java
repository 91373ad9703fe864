package com.parceliq.api.rls;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.auth.PrincipalKind;
import com.parceliq.store.rls.AmbientRowScope;
import com.parceliq.store.rls.RowScope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The API's database connections see the authenticated caller's tenant. The platform admin (only
 * ever on platform routes: tenants, ops) works across tenants on purpose. Anything else, a request
 * not yet authenticated or code outside a request, sees no rows unless it runs in an explicit
 * {@code ScopedWork} scope.
 */
@ApplicationScoped
public class CallerRowScope implements AmbientRowScope {

  @Override
  public RowScope current() {
    ManagedContext requests = Arc.container().requestContext();
    if (!requests.isActive()) {
      return RowScope.none();
    }
    return Arc.container()
        .instance(CallerContext.class)
        .get()
        .ifAuthenticated()
        .map(CallerRowScope::of)
        .orElse(RowScope.none());
  }

  static RowScope of(Principal principal) {
    if (principal.kind() == PrincipalKind.PLATFORM_ADMIN) {
      return RowScope.system("platform admin route");
    }
    return principal.tenantId() == null ? RowScope.none() : RowScope.tenant(principal.tenantId());
  }
}
