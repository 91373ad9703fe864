package com.parceliq.simulator.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TriggerParserTest {

  @Test
  void referenceWithoutTriggersIsANormalShipment() {
    assertThat(TriggerParser.parse("order-42")).isEqualTo(Triggers.NONE);
    assertThat(TriggerParser.parse(null)).isEqualTo(Triggers.NONE);
    assertThat(TriggerParser.parse("  ")).isEqualTo(Triggers.NONE);
  }

  @Test
  void severalTriggersCombineAndOrdinaryTextIsIgnored() {
    Triggers triggers =
        TriggerParser.parse(
            "order-42, sbx:error=2,SBX:Timeout=1 , sbx:reject,sbx:deliver=30,sbx:refund_delay=5,"
                + "sbx:void_reject,sbx:intercept_fail,sbx:overbill,sbx:adjust");

    assertThat(triggers.errorCalls()).isEqualTo(2);
    assertThat(triggers.timeoutCalls()).isEqualTo(1);
    assertThat(triggers.reject()).isTrue();
    assertThat(triggers.deliverAfter()).contains(Duration.ofSeconds(30));
    assertThat(triggers.refundDelay()).contains(Duration.ofSeconds(5));
    assertThat(triggers.voidReject()).isTrue();
    assertThat(triggers.interceptFail()).isTrue();
    assertThat(triggers.overbill()).isTrue();
    assertThat(triggers.adjust()).isTrue();
  }

  @Test
  void aMisspelledTriggerIsRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> TriggerParser.parse("sbx:rejekt"))
        .isInstanceOf(InvalidTriggerException.class)
        .hasMessageContaining("unknown trigger sbx:rejekt");
  }

  @Test
  void countsMustBeWholeNonNegativeNumbers() {
    assertThatThrownBy(() -> TriggerParser.parse("sbx:error=two"))
        .isInstanceOf(InvalidTriggerException.class);
    assertThatThrownBy(() -> TriggerParser.parse("sbx:error=-1"))
        .isInstanceOf(InvalidTriggerException.class);
    assertThatThrownBy(() -> TriggerParser.parse("sbx:timeout"))
        .isInstanceOf(InvalidTriggerException.class);
    assertThatThrownBy(() -> TriggerParser.parse("sbx:reject=1"))
        .isInstanceOf(InvalidTriggerException.class);
  }

  @Test
  void unionKeepsEveryFlagOfBothSets() {
    Triggers purchase = TriggerParser.parse("sbx:deliver=10");
    Triggers later = TriggerParser.parse("sbx:void_reject");

    Triggers both = purchase.union(later);

    assertThat(both.deliverAfter()).contains(Duration.ofSeconds(10));
    assertThat(both.voidReject()).isTrue();
  }
}
