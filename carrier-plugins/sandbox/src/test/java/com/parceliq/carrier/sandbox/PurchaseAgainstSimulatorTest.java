package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchasedLabel;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseAgainstSimulatorTest extends SimulatorBackedTest {

  @Test
  void purchaseReturnsAPdfLabelAndWhatItCost() {
    PurchasedLabel label = plugin.purchase(purchase("order-1"));

    assertThat(label.carrier()).isEqualTo("sandbox");
    assertThat(label.trackingCode()).startsWith("SBX");
    assertThat(label.carrierShipmentId()).startsWith("sbxshp_");
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.PDF);
    assertThat(new String(label.labelFile(), 0, 4)).isEqualTo("%PDF");
    assertThat(label.charged().currency()).isEqualTo("USD");
    assertThat(label.charged().exceedsZero()).isTrue();
  }

  @Test
  void rejectedAddressIsRejectedAndNotRetryable() {
    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> plugin.purchase(purchase("sbx:reject")));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.retryable()).isFalse();
    assertThat(e.fieldErrors()).extracting(error -> error.field()).contains("to_address.street1");
  }

  @Test
  void oneCarrierErrorIsUnavailableThenTheRetrySucceeds() {
    var request = purchase("sbx:error=1", "err-once");

    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> plugin.purchase(request));
    PurchasedLabel label = plugin.purchase(request);

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(e.retryable()).isTrue();
    assertThat(label.trackingCode()).startsWith("SBX");
  }

  @Test
  void outageIsUnavailable() {
    control.outage(30);

    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> plugin.purchase(purchase("o")));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
  }

  @Test
  void hangingPurchaseIsATimeoutAndTheRetryGetsTheSameLabel() {
    CarrierPlugin impatient = pluginWith(Map.of("request-timeout-ms", "300"));
    var request = purchase("sbx:timeout=1", "slow-1");

    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> impatient.purchase(request));
    PurchasedLabel retried = impatient.purchase(request);

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.TIMEOUT);
    assertThat(e.retryable()).isTrue();
    assertThat(control.stats().get("labels_created").asInt()).isEqualTo(1);
    assertThat(
            control.stats().at("/by_tracking_code/" + retried.trackingCode() + "/created").asInt())
        .isEqualTo(1);
  }

  @Test
  void buyingTwiceWithSameKeyCreatesOneLabel() {
    PurchasedLabel first = plugin.purchase(purchase("twice", "same-key"));
    PurchasedLabel second = plugin.purchase(purchase("twice", "same-key"));

    assertThat(second.trackingCode()).isEqualTo(first.trackingCode());
    assertThat(control.stats().get("labels_created").asInt()).isEqualTo(1);
  }

  @Test
  void refusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CarrierPlugin nowhere =
        new SandboxCarrierPluginFactory()
            .create(
                SandboxCarrierPluginFactoryTest.settings(
                    Map.of("base-url", "http://127.0.0.1:" + closedPort)),
                CarrierAccount.platform());

    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> nowhere.purchase(purchase("x")));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
  }
}
