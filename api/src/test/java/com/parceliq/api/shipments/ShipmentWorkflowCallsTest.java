package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.parceliq.api.error.ApiError;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.ErrorTranslator;
import com.parceliq.api.support.Requests;
import com.parceliq.api.support.ScriptedShipmentWorkflow;
import com.parceliq.api.support.TestTemporal;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.shipment.BuyLabel;
import com.parceliq.workflows.shipment.NewShipment;
import com.parceliq.workflows.shipment.OperatorDecision;
import com.parceliq.workflows.shipment.ShipmentSnapshot;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowTargetOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API's calls into the shipment workflow, against the in-memory Temporal service. */
class ShipmentWorkflowCallsTest {

  private TestWorkflowEnvironment temporal;
  private ShipmentWorkflows workflows;

  @BeforeEach
  void startTemporal() {
    temporal = TestTemporal.start();
    workflows = new ShipmentWorkflows();
    workflows.client = temporal.getWorkflowClient();
    workflows.wait = new WorkflowWait(Duration.ofSeconds(10));
    ScriptedShipmentWorkflow.PURCHASES.set(0);
  }

  @AfterEach
  void stopTemporal() {
    temporal.close();
  }

  @Test
  void creatingAShipmentStartsItsWorkflowAndAnswersOnceItIsRecorded() {
    ShipmentSnapshot created = workflows.create(shipment("shp_1"));

    assertThat(created.shipmentId()).isEqualTo("shp_1");
    assertThat(created.status()).isEqualTo("created");
    var description =
        temporal
            .getWorkflowClient()
            .getWorkflowServiceStubs()
            .blockingStub()
            .describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder()
                    .setNamespace(temporal.getNamespace())
                    .setExecution(
                        WorkflowExecution.newBuilder()
                            .setWorkflowId(WorkflowIds.shipment("ten_1", "shp_1")))
                    .build());
    assertThat(description.getExecutionConfig().getTaskQueue().getName()).isEqualTo("shipping");
    assertThat(description.getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsMap())
        .containsKeys("TenantId", "ShipmentId", "ShipmentStatus");
  }

  @Test
  void ratingAnswersWithTheWorkflowsQuotes() {
    workflows.create(shipment("shp_1"));

    var quotes = workflows.rate("ten_1", "shp_1");

    assertThat(quotes).extracting(quote -> quote.rateId()).containsExactly("rate_1");
  }

  @Test
  void buyingTwiceWithTheSameKeyPurchasesOnce() {
    workflows.create(shipment("shp_1"));

    Optional<ShipmentSnapshot> first =
        workflows.buy("ten_1", "shp_1", new BuyLabel("rate_1", "key-1"));
    Optional<ShipmentSnapshot> second =
        workflows.buy("ten_1", "shp_1", new BuyLabel("rate_1", "key-1"));

    assertThat(first).hasValueSatisfying(done -> assertThat(done.status()).isEqualTo("purchased"));
    assertThat(second).isEqualTo(first);
    assertThat(ScriptedShipmentWorkflow.PURCHASES).hasValue(1);
  }

  @Test
  void purchaseOutlastingTheWaitIsStillRunningAndARetryWithTheSameKeyGetsItsResult() {
    workflows.wait = new WorkflowWait(Duration.ofMillis(300));
    workflows.create(shipment("shp_1"));
    BuyLabel slow = new BuyLabel(ScriptedShipmentWorkflow.SLOW_RATE_ID, "key-1");

    Optional<ShipmentSnapshot> first = workflows.buy("ten_1", "shp_1", slow);
    Optional<ShipmentSnapshot> whileRunning = workflows.buy("ten_1", "shp_1", slow);
    shipmentStub().signal("operatorDecision", OperatorDecision.retry());
    workflows.wait = new WorkflowWait(Duration.ofSeconds(10));
    Optional<ShipmentSnapshot> afterwards = workflows.buy("ten_1", "shp_1", slow);

    assertThat(first).isEmpty();
    assertThat(whileRunning).isEmpty();
    assertThat(afterwards)
        .hasValueSatisfying(
            done -> {
              assertThat(done.status()).isEqualTo("purchased");
              assertThat(done.selectedRateId()).isEqualTo(ScriptedShipmentWorkflow.SLOW_RATE_ID);
            });
    assertThat(ScriptedShipmentWorkflow.PURCHASES).hasValue(1);
  }

  @Test
  void buyingAnUnknownRateIsRefusedByTheValidatorWithItsCode() {
    workflows.create(shipment("shp_1"));

    Throwable refusal =
        catchThrowable(() -> workflows.buy("ten_1", "shp_1", new BuyLabel("rate_9", "key-1")));

    ApiError error = ErrorTranslator.translate(refusal);
    assertThat(error.status()).isEqualTo(422);
    assertThat(error.code()).isEqualTo("RATE.NOT_FOUND");
    assertThat(error.message()).isEqualTo("No rate rate_9 on this shipment.");
    assertThat(ScriptedShipmentWorkflow.PURCHASES).hasValue(0);
  }

  @Test
  void purchaseTheWalletCannotPayIsPaymentRequired() {
    workflows.create(shipment("shp_1"));

    Throwable refusal =
        catchThrowable(
            () ->
                workflows.buy(
                    "ten_1",
                    "shp_1",
                    new BuyLabel(ScriptedShipmentWorkflow.BROKE_RATE_ID, "key-1")));

    ApiError error = ErrorTranslator.translate(refusal);
    assertThat(error.status()).isEqualTo(402);
    assertThat(error.code()).isEqualTo("WALLET.INSUFFICIENT_FUNDS");
  }

  @Test
  void closedShipmentAcceptsNoFurtherOperation() {
    workflows.create(shipment("shp_1"));
    shipmentStub().terminate("archived");

    assertThatThrownBy(() -> workflows.rate("ten_1", "shp_1"))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> assertThat(refusal.code().code()).isEqualTo("SHIPMENT.INVALID_STATE"));
  }

  private WorkflowStub shipmentStub() {
    return temporal
        .getWorkflowClient()
        .newUntypedWorkflowStub(
            WorkflowTargetOptions.newBuilder()
                .setWorkflowId(WorkflowIds.shipment("ten_1", "shp_1"))
                .build());
  }

  private static NewShipment shipment(String shipmentId) {
    return ShipmentRequestMapper.toNewShipment("ten_1", shipmentId, Requests.domesticShipment());
  }
}
