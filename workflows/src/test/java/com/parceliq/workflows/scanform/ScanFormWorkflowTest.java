package com.parceliq.workflows.scanform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.domain.Address;
import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierManifest;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.ManifestOrder;
import com.parceliq.workflows.ports.ScanFormClaim;
import com.parceliq.workflows.ports.ScanFormRecordActivities;
import com.parceliq.workflows.ports.ScanFormStorageActivities;
import com.parceliq.workflows.ports.ShipmentProblem;
import com.parceliq.workflows.ports.StoredFile;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class ScanFormWorkflowTest {

  private static final String TENANT = "ten_01JTESTTENANT00000000000";
  private static final String SCAN_FORM = "sf_01JTESTSCANFORM000000000";
  private static final String CARRIER = "sandbox";
  private static final List<String> SHIPMENTS = List.of("shp_1", "shp_2");
  private static final Address FROM =
      new Address("Acme", null, "1 Main St", null, "Springfield", "IL", "62701", "US", null, null);
  private static final StoredFile FORM =
      new StoredFile("parceliq-labels", TENANT + "/scan_forms/" + SCAN_FORM + "/form.pdf", "pdf");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private final ScanFormRecordActivities records =
      mock(ScanFormRecordActivities.class, withSettings().withoutAnnotations());
  private final ScanFormStorageActivities storage =
      mock(ScanFormStorageActivities.class, withSettings().withoutAnnotations());
  private final EventActivities events =
      mock(EventActivities.class, withSettings().withoutAnnotations());
  private final CarrierActivities carrier =
      mock(CarrierActivities.class, withSettings().withoutAnnotations());
  private WorkflowClient client;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    client = env.getWorkflowClient();
    Worker shipping = env.newWorker(TaskQueues.SHIPPING);
    shipping.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    shipping.registerActivitiesImplementations(records, storage, events);
    env.newWorker(TaskQueues.carrier(CARRIER)).registerActivitiesImplementations(carrier);
    env.start();
  }

  @Test
  void claimedShipmentsAreManifestedStoredRecordedAndAnnouncedInThatOrder() {
    when(records.claimShipments(TENANT, SCAN_FORM, SHIPMENTS)).thenReturn(claimed());
    when(carrier.createManifest(any()))
        .thenReturn(new CarrierManifest("sbxmfst_1", "pdf", new byte[] {'%', 'P', 'D', 'F'}));
    when(storage.storeScanForm(anyString(), anyString(), anyString(), any())).thenReturn(FORM);

    ScanFormResult result = create();

    assertThat(result).isEqualTo(ScanFormResult.created(SCAN_FORM));
    InOrder order = inOrder(records, carrier, storage, events);
    order.verify(records).claimShipments(TENANT, SCAN_FORM, SHIPMENTS);
    ArgumentCaptor<ManifestOrder> manifest = ArgumentCaptor.forClass(ManifestOrder.class);
    order.verify(carrier).createManifest(manifest.capture());
    order.verify(storage).storeScanForm(TENANT, SCAN_FORM, "pdf", new byte[] {'%', 'P', 'D', 'F'});
    order.verify(records).recordScanFormCreated(TENANT, SCAN_FORM, "sbxmfst_1", FORM);
    ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
    order.verify(events).emit(event.capture());
    assertThat(manifest.getValue())
        .isEqualTo(
            new ManifestOrder(
                TENANT,
                CARRIER,
                null,
                "scan-form:" + TENANT + ":" + SCAN_FORM,
                FROM,
                List.of("TRK1", "TRK2")));
    assertThat(event.getValue().type()).isEqualTo("scan_form.created");
    assertThat(event.getValue().factKey()).isEqualTo("scan_form:" + SCAN_FORM + ":created");
    assertThat(event.getValue().data())
        .containsEntry("id", SCAN_FORM)
        .containsEntry("shipments", SHIPMENTS)
        .containsEntry("tracking_codes", List.of("TRK1", "TRK2"))
        .containsEntry("form_file_type", "pdf");
  }

  @Test
  void refusedShipmentsAreReportedWithoutCallingTheCarrier() {
    List<ShipmentProblem> problems =
        List.of(new ShipmentProblem(1, "shp_2", "shipment shp_2 is voided"));
    when(records.claimShipments(TENANT, SCAN_FORM, SHIPMENTS))
        .thenReturn(ScanFormClaim.refused(problems));

    ScanFormResult result = create();

    assertThat(result.isCreated()).isFalse();
    assertThat(result.problems()).isEqualTo(problems);
    verify(carrier, never()).createManifest(any());
    verify(events, never()).emit(any());
  }

  @Test
  void carrierRefusalReleasesTheShipmentsAndFailsWithTheCarriersCode() {
    when(records.claimShipments(TENANT, SCAN_FORM, SHIPMENTS)).thenReturn(claimed());
    when(carrier.createManifest(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "label TRK2 is voided", ErrorCode.CARRIER_REJECTED.code()));

    assertThatThrownBy(this::create)
        .isInstanceOfSatisfying(
            WorkflowFailedException.class,
            failure -> {
              assertThat(TemporalFailures.applicationFailureType(failure))
                  .contains(ErrorCode.CARRIER_REJECTED.code());
              assertThat(TemporalFailures.originalMessage(failure))
                  .isEqualTo("label TRK2 is voided");
            });
    verify(records)
        .recordScanFormFailed(
            TENANT, SCAN_FORM, ErrorCode.CARRIER_REJECTED.code(), "label TRK2 is voided");
    verify(storage, never()).storeScanForm(anyString(), anyString(), anyString(), any());
    verify(events, never()).emit(any());
  }

  private static ScanFormClaim claimed() {
    return new ScanFormClaim(List.of(), CARRIER, null, FROM, List.of("TRK1", "TRK2"));
  }

  private ScanFormResult create() {
    ScanFormWorkflow workflow =
        client.newWorkflowStub(
            ScanFormWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.scanForm(TENANT, SCAN_FORM))
                .setTaskQueue(TaskQueues.SHIPPING)
                .build());
    return workflow.create(new ScanFormRequest(TENANT, SCAN_FORM, SHIPMENTS));
  }
}
