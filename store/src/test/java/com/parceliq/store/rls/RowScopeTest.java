package com.parceliq.store.rls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowScopeTest {

  @Test
  void aTenantScopeNeedsATenant() {
    assertThatThrownBy(() -> RowScope.tenant(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void crossTenantScopesSayWhy() {
    assertThatThrownBy(() -> RowScope.system("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowScope.owner(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheTenantScopeNamesATenantAndNoScopeOpensNothing() {
    assertThat(RowScope.tenant("ten_a").tenantSetting()).isEqualTo("ten_a");
    assertThat(RowScope.tenant("ten_a").scopeSetting()).isEqualTo("tenant");
    assertThat(RowScope.system("jobs").tenantSetting()).isEmpty();
    assertThat(RowScope.system("jobs").scopeSetting()).isEqualTo("system");
    assertThat(RowScope.none().tenantSetting()).isEmpty();
    assertThat(RowScope.none().scopeSetting()).isEmpty();
  }

  @Test
  void scopedWorkRestoresTheOuterScope() {
    RowScope outer = RowScope.tenant("ten_a");
    ScopedWork.run(
        outer,
        () -> {
          ScopedWork.run(
              RowScope.system("nested"),
              () -> assertThat(ScopedWork.current().kind()).isEqualTo(RowScope.Kind.SYSTEM));
          assertThat(ScopedWork.current()).isEqualTo(outer);
        });
    assertThat(ScopedWork.current()).isNull();
  }
}
