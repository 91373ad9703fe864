package com.parceliq.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceSourcesTest {

  private final InvoiceSources sources =
      new InvoiceSources("inbox/", List.of("sandbox", "ups", "fedex"));

  @Test
  void aKeyOfTheCallersOwnInboxNamesItsCarrier() {
    assertThat(sources.carrierOfKey("inbox/ups/ten_a/2026-11/inv.csv", "ten_a")).isEqualTo("ups");
  }

  @Test
  void keysOutsideTheCallersInboxAreRefusedOnS3Key() {
    for (String key :
        List.of(
            "inbox/ups/ten_b/inv.csv",
            "inbox/pigeon/ten_a/inv.csv",
            "uploads/ten_a/rec_1.csv",
            "inbox/ups/ten_a/",
            "inbox/ups/ten_a/../ten_b/inv.csv",
            "inbox/ups/ten_a//inv.csv",
            "inbox/ups/ten_a")) {
      assertThatThrownBy(() -> sources.carrierOfKey(key, "ten_a"))
          .as(key)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> assertThat(e.errors()).extracting("field").containsExactly("s3_key"));
    }
  }

  @Test
  void aNamedCarrierMustBeKnown() {
    assertThat(sources.carrier(" UPS ", "carrier")).contains("ups");
    assertThat(sources.carrier(null, "carrier")).isEmpty();
    assertThatThrownBy(() -> sources.carrier("pigeon", "carrier")).isInstanceOf(ApiException.class);
  }
}
