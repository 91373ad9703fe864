package com.parceliq.workflows.address;

import static com.parceliq.workflows.address.AddressValidationHarness.CARRIER;
import static com.parceliq.workflows.address.AddressValidationHarness.GIVEN;
import static com.parceliq.workflows.address.AddressValidationHarness.TENANT;
import static com.parceliq.workflows.address.AddressValidationHarness.request;
import static com.parceliq.workflows.address.AddressValidationHarness.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.AddressCheck;
import com.parceliq.workflows.ports.AddressCheckResult;
import com.parceliq.workflows.ports.CarrierChoice;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AddressValidationWorkflowTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private AddressValidationHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new AddressValidationHarness(env);
    when(harness.directory.addressValidators(TENANT))
        .thenReturn(
            List.of(
                new CarrierChoice(CARRIER, null),
                new CarrierChoice(CARRIER, "ca_acme"),
                new CarrierChoice("other", null)));
  }

  @Test
  void withoutACarrierNamedTheFirstValidatingCarrierVerifiesTheAddress() {
    when(harness.carrier.validateAddress(any())).thenReturn(verified());

    AddressCheckResult result = harness.validate(request(null));

    assertThat(result).isEqualTo(verified());
    verify(harness.carrier).validateAddress(new AddressCheck(TENANT, CARRIER, null, GIVEN));
    var attributes = harness.untyped().describe().getTypedSearchAttributes();
    assertThat(attributes.get(SearchAttributes.TENANT_ID)).isEqualTo(TENANT);
    assertThat(attributes.get(SearchAttributes.CARRIER)).isEqualTo(CARRIER);
  }

  @Test
  void theNamedCarrierIsAskedWithTheTenantsAccount() {
    when(harness.carrier.validateAddress(any())).thenReturn(verified());

    harness.validate(new AddressValidationRequest(TENANT, CARRIER, "ca_acme", GIVEN));

    verify(harness.carrier).validateAddress(new AddressCheck(TENANT, CARRIER, "ca_acme", GIVEN));
  }

  @Test
  void anAddressTheCarrierCannotVerifyIsAnAnswerNotAFailure() {
    AddressCheckResult unverified =
        new AddressCheckResult(
            CARRIER,
            GIVEN,
            false,
            List.of(new AddressCheckResult.Problem("zip", "must be a US ZIP code")));
    when(harness.carrier.validateAddress(any())).thenReturn(unverified);

    assertThat(harness.validate(request(null))).isEqualTo(unverified);
    verify(harness.carrier, times(1)).validateAddress(any());
  }

  @Test
  void carrierUnavailableThenAvailableIsRetriedUntilItAnswers() {
    when(harness.carrier.validateAddress(any()))
        .thenThrow(ApplicationFailure.newFailure("sandbox answered 503", "CARRIER.UNAVAILABLE"))
        .thenReturn(verified());

    assertThat(harness.validate(request(null))).isEqualTo(verified());
    verify(harness.carrier, times(2)).validateAddress(any());
  }

  @Test
  void carrierDownThroughEveryAttemptFailsAsUnavailable() {
    when(harness.carrier.validateAddress(any()))
        .thenThrow(ApplicationFailure.newFailure("sandbox answered 503", "CARRIER.UNAVAILABLE"));

    assertThatThrownBy(() -> harness.validate(request(null)))
        .isInstanceOf(WorkflowFailedException.class)
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("CARRIER.UNAVAILABLE"));
    verify(harness.carrier, times(3)).validateAddress(any());
  }

  @Test
  void carrierRefusingTheRequestIsNotRetried() {
    when(harness.carrier.validateAddress(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "sandbox answered 400 bad_request: body is not JSON", "CARRIER.REJECTED"));

    assertThatThrownBy(() -> harness.validate(request(null)))
        .satisfies(
            failure -> {
              assertThat(TemporalFailures.applicationFailureType(failure))
                  .contains("CARRIER.REJECTED");
              assertThat(TemporalFailures.originalMessage(failure))
                  .isEqualTo("sandbox answered 400 bad_request: body is not JSON");
            });
    verify(harness.carrier, times(1)).validateAddress(any());
  }

  @Test
  void namedCarrierWithoutAddressValidationIsRefusedWithoutCallingIt() {
    assertThatThrownBy(() -> harness.validate(request("ratesonly")))
        .isInstanceOf(WorkflowFailedException.class)
        .satisfies(
            failure -> {
              assertThat(TemporalFailures.applicationFailureType(failure))
                  .contains("REQUEST.INVALID");
              assertThat(TemporalFailures.originalMessage(failure))
                  .contains("'ratesonly' cannot validate addresses")
                  .contains("sandbox, other");
            });
    verify(harness.carrier, never()).validateAddress(any());
  }

  @Test
  void noCarrierThatValidatesIsUnavailable() {
    when(harness.directory.addressValidators(TENANT)).thenReturn(List.of());

    assertThatThrownBy(() -> harness.validate(request(null)))
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("CARRIER.UNAVAILABLE"));
    verify(harness.carrier, never()).validateAddress(any());
  }
}
