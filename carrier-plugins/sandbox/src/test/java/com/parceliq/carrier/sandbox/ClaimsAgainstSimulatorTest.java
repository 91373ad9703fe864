package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierClaim;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.ClaimRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.domain.Money;
import org.junit.jupiter.api.Test;

class ClaimsAgainstSimulatorTest extends SimulatorBackedTest {

  @Test
  void sandboxOffersClaims() {
    assertThat(plugin.descriptor().supports(Capability.CLAIMS)).isTrue();
  }

  @Test
  void claimWithoutTriggerIsFiledPendingAndStaysPending() {
    PurchasedLabel label = plugin.purchase(purchase("claim-pending"));

    CarrierClaim filed = plugin.fileClaim(claim(label, "k-pending", "never came"));
    CarrierClaim read = plugin.claimStatus(filed.claimId());

    assertThat(filed.claimId()).startsWith("sbxclm_");
    assertThat(filed.status()).isEqualTo(CarrierClaim.Status.PENDING);
    assertThat(read.status()).isEqualTo(CarrierClaim.Status.PENDING);
    assertThat(read.decided()).isFalse();
  }

  @Test
  void approveTriggerIsReadAsApprovalWithItsAmount() {
    PurchasedLabel label = plugin.purchase(purchase("claim-approve"));

    CarrierClaim filed = plugin.fileClaim(claim(label, "k-approve", "sbx:claim_approve=0:25.00"));
    CarrierClaim read = plugin.claimStatus(filed.claimId());

    assertThat(read.status()).isEqualTo(CarrierClaim.Status.APPROVED);
    assertThat(read.approvedAmount()).isEqualTo(Money.usd("25.00"));
  }

  @Test
  void denyTriggerIsReadAsDenialWithTheCarriersReason() {
    PurchasedLabel label = plugin.purchase(purchase("claim-deny"));

    CarrierClaim filed = plugin.fileClaim(claim(label, "k-deny", "sbx:claim_deny=0"));
    CarrierClaim read = plugin.claimStatus(filed.claimId());

    assertThat(read.status()).isEqualTo(CarrierClaim.Status.DENIED);
    assertThat(read.approvedAmount()).isNull();
    assertThat(read.reason()).isNotBlank();
  }

  @Test
  void filingTwiceWithOneKeyFilesOnce() {
    PurchasedLabel label = plugin.purchase(purchase("claim-once"));

    CarrierClaim first = plugin.fileClaim(claim(label, "k-once", "gone"));
    CarrierClaim second = plugin.fileClaim(claim(label, "k-once", "gone"));

    assertThat(second.claimId()).isEqualTo(first.claimId());
  }

  @Test
  void claimOnAnUnknownLabelIsRejectedWithTheField() {
    CarrierException refused =
        catchThrowableOfType(
            CarrierException.class,
            () ->
                plugin.fileClaim(
                    new ClaimRequest(
                        "k-unknown", "SBX000000000000", "lost", Money.usd("5.00"), "gone")));

    assertThat(refused.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(refused.fieldErrors()).extracting(e -> e.field()).contains("tracking_code");
  }

  private static ClaimRequest claim(PurchasedLabel label, String key, String description) {
    return new ClaimRequest(key, label.trackingCode(), "damaged", Money.usd("40.00"), description);
  }
}
