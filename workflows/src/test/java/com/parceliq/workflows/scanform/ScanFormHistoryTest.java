package com.parceliq.workflows.scanform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Address;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierManifest;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.ScanFormClaim;
import com.parceliq.workflows.ports.ScanFormRecordActivities;
import com.parceliq.workflows.ports.ScanFormStorageActivities;
import com.parceliq.workflows.ports.StoredFile;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays a recorded scan form (claimed, manifested, stored, announced); records it again. */
class ScanFormHistoryTest {

  private static final String HISTORY = "scan-form";
  private static final String TENANT = "ten_01JTESTTENANT00000000000";
  private static final String SCAN_FORM = "sf_01JTESTSCANFORM000000000";
  private static final String WORKFLOW_ID = WorkflowIds.scanForm(TENANT, SCAN_FORM);
  private static final List<String> SHIPMENTS = List.of("shp_1", "shp_2");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedScanFormReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, ScanFormWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordScanForm(TestWorkflowEnvironment env) {
    ScanFormRecordActivities records = HistoryWorkers.activityMock(ScanFormRecordActivities.class);
    ScanFormStorageActivities storage =
        HistoryWorkers.activityMock(ScanFormStorageActivities.class);
    EventActivities events = HistoryWorkers.activityMock(EventActivities.class);
    CarrierActivities carrier = HistoryWorkers.activityMock(CarrierActivities.class);
    HistoryWorkers.registerWorkflows(env);
    HistoryWorkers.queue(env, TaskQueues.SHIPPING)
        .registerActivitiesImplementations(records, storage, events);
    HistoryWorkers.queue(env, TaskQueues.carrier("sandbox"))
        .registerActivitiesImplementations(carrier);
    Address from =
        new Address(
            "Acme", null, "1 Main St", null, "Springfield", "IL", "62701", "US", null, null);
    when(records.claimShipments(TENANT, SCAN_FORM, SHIPMENTS))
        .thenReturn(new ScanFormClaim(List.of(), "sandbox", null, from, List.of("TRK1", "TRK2")));
    when(carrier.createManifest(any()))
        .thenReturn(new CarrierManifest("sbxmfst_1", "pdf", new byte[] {'%', 'P', 'D', 'F'}));
    when(storage.storeScanForm(anyString(), anyString(), anyString(), any()))
        .thenReturn(new StoredFile("parceliq-labels", TENANT + "/scan_forms/form.pdf", "pdf"));
    env.start();

    ScanFormResult result =
        env.getWorkflowClient()
            .newWorkflowStub(
                ScanFormWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WORKFLOW_ID)
                    .setTaskQueue(TaskQueues.SHIPPING)
                    .build())
            .create(new ScanFormRequest(TENANT, SCAN_FORM, SHIPMENTS));

    assertThat(result.isCreated()).isTrue();
    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
