package com.parceliq.activities.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatementTotalsTest {

  @Test
  void linesAddUpPerKindWithARunningBalance() {
    StatementTotals totals = new StatementTotals(new BigDecimal("10.00"));

    assertThat(totals.add("deposit", new BigDecimal("5.10"))).isEqualByComparingTo("15.10");
    assertThat(totals.add("label_purchase", new BigDecimal("-7.35"))).isEqualByComparingTo("7.75");
    assertThat(totals.add("deposit", new BigDecimal("0.01"))).isEqualByComparingTo("7.76");

    assertThat(totals.byKind())
        .containsEntry("deposit", new BigDecimal("5.11"))
        .containsEntry("label_purchase", new BigDecimal("-7.35"));
    assertThat(totals.lines()).isEqualTo(3);
    totals.requireBalanced("ten_A", "2026-01", new BigDecimal("7.76"));
  }

  @Test
  void aClosingBalanceOffByOneCentIsRefusedNamingBothSums() {
    StatementTotals totals = new StatementTotals(new BigDecimal("10.00"));
    totals.add("deposit", new BigDecimal("5.00"));

    assertThatThrownBy(() -> totals.requireBalanced("ten_A", "2026-01", new BigDecimal("15.01")))
        .isInstanceOf(StatementTotals.UnbalancedStatement.class)
        .hasMessageContaining("opening 10.00 + changes 5.00 = 15.00")
        .hasMessageContaining("15.01");
  }
}
