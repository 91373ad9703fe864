package com.parceliq.activities.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"shipment.created\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signatureIsHexHmacSha256OfTimestampDotBodyAsTheContractSays() {
    // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(
    //   b'whsec_test_0123456789', b'1763800000.' + body, hashlib.sha256).hexdigest())"
    assertThat(WebhookSignature.sign("whsec_test_0123456789", 1763800000L, BODY))
        .isEqualTo("v1=bc48ea0e7f0b858b5ce19f89c517bca07e6442bf8eb842fd249aabf9815a1b38");
  }

  @Test
  void anotherTimestampOrSecretGivesAnotherSignature() {
    String signed = WebhookSignature.sign("whsec_test_0123456789", 1763800000L, BODY);
    assertThat(WebhookSignature.sign("whsec_test_0123456789", 1763800001L, BODY))
        .isNotEqualTo(signed);
    assertThat(WebhookSignature.sign("whsec_test_0123456780", 1763800000L, BODY))
        .isNotEqualTo(signed);
  }
}
