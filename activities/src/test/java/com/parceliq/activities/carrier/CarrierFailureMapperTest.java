package com.parceliq.activities.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierFailureMapperTest {

  @ParameterizedTest(name = "{0} becomes {1}, non-retryable={2}")
  @CsvSource({
    "REJECTED, CARRIER.REJECTED, true",
    "AUTHENTICATION_FAILED, CARRIER.AUTHENTICATION_FAILED, true",
    "UNSUPPORTED, CARRIER.UNSUPPORTED, true",
    "UNAVAILABLE, CARRIER.UNAVAILABLE, false",
    "TIMEOUT, CARRIER.TIMEOUT, false",
    "RATE_LIMITED, CARRIER.RATE_LIMITED, false"
  })
  void eachCarrierErrorKindMapsToItsFailureType(
      CarrierErrorKind kind, String expectedType, boolean expectedNonRetryable) {
    var fieldErrors = List.of(new FieldError("to_address.zip", "unknown ZIP code"));
    var error = new CarrierException("sandbox", kind, "the carrier said no", fieldErrors);

    ApplicationFailure failure = CarrierFailureMapper.toFailure(error);

    assertThat(failure.getType()).isEqualTo(expectedType);
    assertThat(failure.isNonRetryable()).isEqualTo(expectedNonRetryable);
    assertThat(failure.getOriginalMessage()).isEqualTo("the carrier said no");
    assertThat(failure.getCause()).isSameAs(error);
  }

  @ParameterizedTest
  @CsvSource({"REJECTED", "UNAVAILABLE"})
  void fieldErrorsTravelAsTheFailureDetails(CarrierErrorKind kind) {
    var fieldErrors = List.of(new FieldError("parcel.weight", "too heavy"));
    var error = new CarrierException("sandbox", kind, "bad parcel", fieldErrors);

    // Round-trip through the data converter: what a workflow (and then the API) receives.
    DataConverter converter = GlobalDataConverter.get();
    var received =
        (ApplicationFailure)
            converter.failureToException(
                converter.exceptionToFailure(CarrierFailureMapper.toFailure(error)));

    assertThat(received.getDetails().getSize()).isEqualTo(1);
    FieldError[] details = received.getDetails().get(FieldError[].class);
    assertThat(details).containsExactly(new FieldError("parcel.weight", "too heavy"));
  }
}
