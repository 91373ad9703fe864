package com.parceliq.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import org.junit.jupiter.api.Test;

class RouteAccessTest {

  private static final Principal ADMIN = Principal.platformAdmin();
  private static final Principal TENANT = Principal.apiKey("ten_1", "key_1", "admin");

  @Test
  void platformAdminMayCallPlatformRoutes() {
    assertThatCode(() -> RouteAccess.check(ADMIN, true)).doesNotThrowAnyException();
  }

  @Test
  void platformAdminCannotActAsATenant() {
    assertThatThrownBy(() -> RouteAccess.check(ADMIN, false))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> assertThat(refusal.code().code()).isEqualTo("AUTH.FORBIDDEN"));
  }

  @Test
  void tenantKeyMayCallTenantRoutesOnly() {
    assertThatCode(() -> RouteAccess.check(TENANT, false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> RouteAccess.check(TENANT, true)).isInstanceOf(ApiException.class);
  }

  @Test
  void idempotencyKeysOfTheAdminLiveInThePlatformScope() {
    assertThat(ADMIN.idempotencyScope()).isEqualTo("platform");
    assertThat(TENANT.idempotencyScope()).isEqualTo("ten_1");
  }
}
