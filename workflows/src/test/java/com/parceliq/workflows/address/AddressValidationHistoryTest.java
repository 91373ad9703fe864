package com.parceliq.workflows.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.CarrierChoice;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded validation (one carrier outage, then the verdict); records it again with
 * {@code -Dparceliq.record-histories=true}.
 */
class AddressValidationHistoryTest {

  private static final String VALIDATION = "address-validation";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedValidationReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(VALIDATION), env, AddressValidationWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordValidation(TestWorkflowEnvironment env) {
    AddressValidationHarness harness = new AddressValidationHarness(env);
    when(harness.directory.addressValidators(AddressValidationHarness.TENANT))
        .thenReturn(List.of(new CarrierChoice(AddressValidationHarness.CARRIER, null)));
    when(harness.carrier.validateAddress(any()))
        .thenThrow(ApplicationFailure.newFailure("sandbox answered 503", "CARRIER.UNAVAILABLE"))
        .thenReturn(AddressValidationHarness.verified());
    harness.validate(AddressValidationHarness.request(null));

    assertThat(
            RecordedHistories.record(
                harness.client, AddressValidationHarness.workflowId(), VALIDATION))
        .exists();
  }
}
