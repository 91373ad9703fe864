package com.parceliq.api.shipments;

import static com.parceliq.api.support.Requests.address;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.error.ApiError;
import com.parceliq.api.error.ConstraintViolations;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.support.Validators;
import org.junit.jupiter.api.Test;

/** The reroute body is validated like a shipment's addresses, with the same field paths. */
class RerouteRequestTest {

  @Test
  void aCompleteNewAddressIsAccepted() {
    RerouteRequest request = new RerouteRequest(address("1 Broadway", "Oakland", "CA", "94607"));

    assertThat(Validators.validator().validate(request)).isEmpty();
  }

  @Test
  void anIncompleteAddressIsRefusedFieldByField() {
    RerouteRequest request = new RerouteRequest(address("", "Oakland", null, "94607"));

    ApiError error = ConstraintViolations.toApiError(Validators.validator().validate(request));

    assertThat(error.status()).isEqualTo(422);
    assertThat(error.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("to_address.street1", "to_address.state");
  }

  @Test
  void aMissingAddressIsRefused() {
    ApiError error =
        ConstraintViolations.toApiError(Validators.validator().validate(new RerouteRequest(null)));

    assertThat(error.errors()).extracting(FieldError::field).containsExactly("to_address");
  }
}
