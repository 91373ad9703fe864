package com.parceliq.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import org.junit.jupiter.api.Test;

class TenantAdminRoleTest {

  @Test
  void theTenantsAdminKeyActsForItsTenant() {
    assertThat(TenantAdminRole.require(Principal.apiKey("ten_1", "key_1", "admin")))
        .isEqualTo("ten_1");
  }

  @Test
  void aTenantKeyWithAnotherRoleIsForbidden() {
    assertForbidden(Principal.apiKey("ten_1", "key_2", "shipper"));
  }

  @Test
  void thePlatformAdminIsNoTenantAdmin() {
    assertForbidden(Principal.platformAdmin());
  }

  private static void assertForbidden(Principal principal) {
    assertThatThrownBy(() -> TenantAdminRole.require(principal))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> assertThat(refusal.code().code()).isEqualTo("AUTH.FORBIDDEN"));
  }
}
