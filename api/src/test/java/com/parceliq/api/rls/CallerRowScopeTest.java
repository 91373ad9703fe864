package com.parceliq.api.rls;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.auth.Principal;
import com.parceliq.store.rls.RowScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerRowScopeTest {

  @Test
  void aTenantKeySeesItsTenantOnly() {
    RowScope scope = CallerRowScope.of(Principal.apiKey("ten_a", "key_1", "admin"));

    assertThat(scope.kind()).isEqualTo(RowScope.Kind.TENANT);
    assertThat(scope.tenantId()).isEqualTo("ten_a");
  }

  @Test
  void anOidcUserSeesItsTenantOnly() {
    RowScope scope = CallerRowScope.of(Principal.user("ten_b", "sub-1", Set.of("viewer")));

    assertThat(scope).isEqualTo(RowScope.tenant("ten_b"));
  }

  @Test
  void thePlatformAdminWorksAcrossTenants() {
    assertThat(CallerRowScope.of(Principal.platformAdmin()).kind()).isEqualTo(RowScope.Kind.SYSTEM);
  }
}
