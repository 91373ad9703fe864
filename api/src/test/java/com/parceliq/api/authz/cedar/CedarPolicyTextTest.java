package com.parceliq.api.authz.cedar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CedarPolicyTextTest {

  @Test
  void invalidCedarIsRefusedWithTheParsersMessage() {
    assertThatThrownBy(() -> CedarPolicyText.parse("allow (principal, action, resource);", "t."))
        .isInstanceOf(InvalidPolicyTextException.class)
        .hasMessageContaining("invalid policy effect")
        .hasMessageNotContaining("JNI");
  }

  @Test
  void templatesAreRefused() {
    assertThatThrownBy(
            () ->
                CedarPolicyText.parse("permit (principal == ?principal, action, resource);", "t."))
        .isInstanceOf(InvalidPolicyTextException.class)
        .hasMessageContaining("templates");
  }

  @Test
  void policiesGetPrefixedIdsAndTheirAnnotatedNamesAsLabels() throws Exception {
    CedarPolicies parsed =
        CedarPolicyText.parse(
            "@id(\"no_voids\") forbid (principal, action, resource);\n"
                + "permit (principal, action, resource);",
            "tenant.");

    assertThat(parsed.policies())
        .extracting(p -> p.policyID)
        .containsExactly("tenant.0", "tenant.1");
    assertThat(parsed.label("tenant.0")).isEqualTo("tenant.no_voids");
    assertThat(parsed.label("tenant.1")).isEqualTo("tenant.1");
  }

  @Test
  void emptyTextIsNoPolicies() throws Exception {
    assertThat(CedarPolicyText.parse("  ", "tenant.").policies()).isEmpty();
  }
}
