package com.parceliq.api.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepositIdsTest {

  @Test
  void retriedDepositGetsTheSameIdSoItPostsOnce() {
    assertThat(DepositIds.forRequest("ten_1", "deposit-key"))
        .isEqualTo(DepositIds.forRequest("ten_1", "deposit-key"))
        .matches("dep_[0-9a-hjkmnp-tv-z]{26}");
  }

  @Test
  void sameKeyOfAnotherTenantIsAnotherDeposit() {
    assertThat(DepositIds.forRequest("ten_1", "deposit-key"))
        .isNotEqualTo(DepositIds.forRequest("ten_2", "deposit-key"));
  }

  @Test
  void depositWithoutAKeyGetsAFreshId() {
    String first = DepositIds.forRequest("ten_1", null);

    assertThat(first).matches("dep_[0-9a-z]{26}");
    assertThat(DepositIds.forRequest("ten_1", null)).isNotEqualTo(first);
  }
}
