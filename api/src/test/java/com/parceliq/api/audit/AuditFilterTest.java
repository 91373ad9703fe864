package com.parceliq.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void absentFiltersMeanAny() {
    assertThat(AuditFilter.parse(null, " ", "")).isEqualTo(new AuditFilter(null, null, null));
  }

  @Test
  void filtersAreNormalized() {
    assertThat(AuditFilter.parse(" Purchase_Label ", "DENY", " shp_1 "))
        .isEqualTo(new AuditFilter("purchase_label", "deny", "shp_1"));
  }

  @Test
  void aDecisionOtherThanAllowOrDenyIsRefused() {
    assertThatThrownBy(() -> AuditFilter.parse(null, "maybe", null))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void anActionThatIsNoActionNameIsRefused() {
    assertThatThrownBy(() -> AuditFilter.parse("drop table", null, null))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void anOverlongResourceIdIsRefused() {
    assertThatThrownBy(() -> AuditFilter.parse(null, null, "x".repeat(65)))
        .isInstanceOf(ApiException.class);
  }
}
