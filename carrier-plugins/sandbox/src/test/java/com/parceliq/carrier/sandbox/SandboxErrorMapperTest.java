package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxErrorMapperTest {

  @Test
  void invalidAddressIsRejectedWithItsFieldErrors() {
    CarrierException e =
        SandboxErrorMapper.fromResponse(422, Fixtures.bytes("error-invalid-address.json"));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(e.retryable()).isFalse();
    assertThat(e.carrier()).isEqualTo("sandbox");
    assertThat(e.fieldErrors())
        .containsExactly(new FieldError("to_address.street1", "address not found"));
    assertThat(e.getMessage()).contains("422", "invalid_address");
  }

  @Test
  void outageIsUnavailableAndRetryable() {
    CarrierException e =
        SandboxErrorMapper.fromResponse(503, Fixtures.bytes("error-unavailable.json"));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void statusCodesMapToTheNormalizedKinds() {
    assertThat(SandboxErrorMapper.kind(400)).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(SandboxErrorMapper.kind(401)).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
    assertThat(SandboxErrorMapper.kind(403)).isEqualTo(CarrierErrorKind.AUTHENTICATION_FAILED);
    assertThat(SandboxErrorMapper.kind(404)).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(SandboxErrorMapper.kind(408)).isEqualTo(CarrierErrorKind.TIMEOUT);
    assertThat(SandboxErrorMapper.kind(422)).isEqualTo(CarrierErrorKind.REJECTED);
    assertThat(SandboxErrorMapper.kind(429)).isEqualTo(CarrierErrorKind.RATE_LIMITED);
    assertThat(SandboxErrorMapper.kind(500)).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(SandboxErrorMapper.kind(502)).isEqualTo(CarrierErrorKind.UNAVAILABLE);
  }

  @Test
  void aNonJsonErrorPageStillMapsByStatus() {
    byte[] html = "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8);

    CarrierException e = SandboxErrorMapper.fromResponse(502, html);

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
    assertThat(e.fieldErrors()).isEmpty();
    assertThat(e.getMessage()).contains("502");
  }
}
