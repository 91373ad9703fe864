package com.parceliq.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void newKeyIsPiqPrefixAnd32RandomBytesInHex() {
    String key = ApiKeys.generate();

    assertThat(key).matches("piq_[0-9a-f]{64}");
    assertThat(ApiKeys.generate()).isNotEqualTo(key);
  }

  @Test
  void onlyTheHashAndAShortPrefixAreKept() {
    String key = "piq_" + "ab".repeat(32);

    assertThat(ApiKeys.hash(key)).matches("[0-9a-f]{64}").isEqualTo(ApiKeys.hash(key));
    assertThat(ApiKeys.hash(key)).doesNotContain(key.substring(4));
    assertThat(ApiKeys.displayPrefix(key)).isEqualTo("piq_abababab");
  }

  @Test
  void adminKeyComparisonIsExact() {
    assertThat(ApiKeys.constantTimeEquals("secret-admin-key", "secret-admin-key")).isTrue();
    assertThat(ApiKeys.constantTimeEquals("secret-admin-key", "secret-admin-kez")).isFalse();
    assertThat(ApiKeys.constantTimeEquals("secret-admin-key", "secret")).isFalse();
  }

  @Test
  void lastUseIsRecordedAtMostOnceAMinute() {
    Instant now = Instant.parse("2026-01-01T12:00:00Z");

    assertThat(ApiKeyUsage.isStale(null, now)).isTrue();
    assertThat(ApiKeyUsage.isStale(now.minusSeconds(30), now)).isFalse();
    assertThat(ApiKeyUsage.isStale(now.minusSeconds(61), now)).isTrue();
  }

  @Test
  void issuedKeyStoresOnlyTheHashOfTheSecretItReturnsOnce() {
    Instant now = Instant.parse("2026-01-01T12:00:00Z");

    IssuedKey issued = ApiKeys.issue("ten_1", "shipper", "printer", 5, now);

    assertThat(issued.secret()).matches("piq_[0-9a-f]{64}");
    assertThat(issued.row().id).startsWith("key_");
    assertThat(issued.row().keyHash).isEqualTo(ApiKeys.hash(issued.secret()));
    assertThat(issued.row().prefix).isEqualTo(issued.secret().substring(0, 12));
    assertThat(issued.row().tenantId).isEqualTo("ten_1");
    assertThat(issued.row().role).isEqualTo("shipper");
    assertThat(issued.row().name).isEqualTo("printer");
    assertThat(issued.row().rateLimitPerSecond).isEqualTo(5);
    assertThat(issued.row().createdAt).isEqualTo(now);
    assertThat(issued.row().revokedAt).isNull();
  }
}
