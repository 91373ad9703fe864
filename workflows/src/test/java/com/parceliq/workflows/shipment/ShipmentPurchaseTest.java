package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_PRICE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TRACKING_CODE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LabelOrder;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.PurchaseRecord;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.WalletPosting;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class ShipmentPurchaseTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
  }

  @Test
  void creatingRecordsTheShipmentAndTagsItForOperators() {
    ShipmentSnapshot created = harness.create().created();

    assertThat(created.status()).isEqualTo("created");
    verify(harness.records).recordCreated(ShipmentFixtures.newShipment());
    assertThat(harness.searchAttribute(SearchAttributes.TENANT_ID)).isEqualTo(TENANT);
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_ID)).isEqualTo(SHIPMENT);
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("created");
    assertThat(harness.searchAttribute(SearchAttributes.NEEDS_ATTENTION)).isFalse();
  }

  @Test
  void ratingQuotesEveryEnabledCarrierAndRecordsTheRates() {
    ShipmentWorkflow shipment = harness.create();

    List<RateQuote> quotes = ShipmentHarness.rate(shipment);

    assertThat(quotes).extracting(RateQuote::service).containsExactly("ground", "express");
    verify(harness.directory).ratingCarriers(TENANT);
    verify(harness.records).recordRates(TENANT, SHIPMENT, quotes, List.of());
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("rated");
  }

  /**
   * Regression (ConcurrentBuyIT in CI): as a local activity the hold ran inside update workflow
   * tasks the server later discarded, so a racing buy that won the retried task left the first hold
   * posted. A regular activity is scheduled only once the accepted buy is in history.
   */
  @Test
  void theHoldIsScheduledOnBillingOnlyAfterTheBuyIsAcceptedInHistory() {
    harness.createAndRate().buy(new BuyLabel(GROUND_RATE, "key-1"));

    List<HistoryEvent> events =
        harness.client.fetchHistory(ShipmentHarness.workflowId()).getEvents();
    int accepted = indexOf(events, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED, "");
    int hold = indexOf(events, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, "HoldFunds");
    assertThat(hold).isGreaterThan(accepted).isPositive();
    assertThat(events.get(hold).getActivityTaskScheduledEventAttributes().getTaskQueue().getName())
        .isEqualTo(TaskQueues.BILLING);
  }

  private static int indexOf(List<HistoryEvent> events, EventType type, String activityType) {
    for (int i = 0; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      if (event.getEventType() == type
          && (activityType.isEmpty()
              || event
                  .getActivityTaskScheduledEventAttributes()
                  .getActivityType()
                  .getName()
                  .equals(activityType))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void buyingHoldsBuysStoresSettlesAndRecordsWithDerivedKeys() {
    ShipmentWorkflow shipment = harness.createAndRate();

    ShipmentSnapshot bought = shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    assertThat(bought.status()).isEqualTo("purchased");
    assertThat(bought.trackingCode()).isEqualTo(TRACKING_CODE);
    assertThat(bought.selectedRateId()).isEqualTo(GROUND_RATE);

    InOrder saga = inOrder(harness.ledger, harness.carrier, harness.labelStorage, harness.records);
    ArgumentCaptor<WalletPosting> hold = ArgumentCaptor.forClass(WalletPosting.class);
    saga.verify(harness.ledger).holdFunds(hold.capture());
    saga.verify(harness.carrier).purchaseLabel(any());
    saga.verify(harness.labelStorage).storeLabel(anyString(), anyString(), anyString(), any());
    ArgumentCaptor<LabelSettlement> settlement = ArgumentCaptor.forClass(LabelSettlement.class);
    saga.verify(harness.ledger).settleLabel(settlement.capture());
    saga.verify(harness.records).recordPurchase(any());
    assertThat(hold.getValue().idempotencyKey()).isEqualTo(keyOf("key-1", "hold"));
    assertThat(hold.getValue().amount()).isEqualTo(GROUND_PRICE);
    assertThat(hold.getValue().tenantId()).isEqualTo(TENANT);
    assertThat(settlement.getValue().idempotencyKey()).isEqualTo(keyOf("key-1", "settle"));
    assertThat(settlement.getValue().held()).isEqualTo(GROUND_PRICE);
    assertThat(settlement.getValue().charged()).isEqualTo(GROUND_PRICE);

    ArgumentCaptor<LabelOrder> order = ArgumentCaptor.forClass(LabelOrder.class);
    verify(harness.carrier).purchaseLabel(order.capture());
    assertThat(order.getValue().idempotencyKey()).isEqualTo(keyOf("key-1", "purchase"));
    assertThat(order.getValue().service()).isEqualTo("ground");
    assertThat(order.getValue().reference()).isEqualTo("order-1001");

    verify(harness.labelStorage).storeLabel(eq(TENANT), eq(SHIPMENT), eq("pdf"), any());
    ArgumentCaptor<PurchaseRecord> record = ArgumentCaptor.forClass(PurchaseRecord.class);
    verify(harness.records).recordPurchase(record.capture());
    assertThat(record.getValue().ledgerEntryId())
        .isEqualTo(ShipmentFixtures.chargeReceipt().entryId());
    assertThat(record.getValue().storedLabel()).isEqualTo(ShipmentFixtures.storedLabel());
    assertThat(record.getValue().label().trackingCode()).isEqualTo(TRACKING_CODE);

    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.ledger, never()).releaseHold(any());
    verify(harness.carrier, never()).voidLabel(any());
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("purchased");
    assertThat(harness.searchAttribute(SearchAttributes.CARRIER)).isEqualTo("sandbox");
    assertThat(harness.searchAttribute(SearchAttributes.TRACKING_CODE)).isEqualTo(TRACKING_CODE);
  }

  @Test
  void settlementChargesWhatTheCarrierActuallyCharged() {
    when(harness.carrier.purchaseLabel(any()))
        .thenReturn(ShipmentFixtures.labelCharged(Money.usd("13.02")));
    ShipmentWorkflow shipment = harness.createAndRate();

    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    ArgumentCaptor<LabelSettlement> settlement = ArgumentCaptor.forClass(LabelSettlement.class);
    verify(harness.ledger).settleLabel(settlement.capture());
    assertThat(settlement.getValue().held()).isEqualTo(GROUND_PRICE);
    assertThat(settlement.getValue().charged()).isEqualTo(Money.usd("13.02"));
    verify(harness.ledger, never()).releaseHold(any());
  }

  @Test
  void buyingTwiceWithSameUpdateIdCreatesOneLabel() {
    ShipmentWorkflow shipment = harness.createAndRate();
    UpdateOptions<ShipmentSnapshot> sameUpdate =
        UpdateOptions.newBuilder(ShipmentSnapshot.class)
            .setUpdateName("buy")
            .setUpdateId("buy:key-1")
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build();

    ShipmentSnapshot first =
        harness.untyped().startUpdate(sameUpdate, new BuyLabel(GROUND_RATE, "key-1")).getResult();
    ShipmentSnapshot second =
        harness.untyped().startUpdate(sameUpdate, new BuyLabel(GROUND_RATE, "key-1")).getResult();

    assertThat(second).isEqualTo(first);
    assertThat(shipment.snapshot().status()).isEqualTo("purchased");
    verify(harness.ledger, times(1)).holdFunds(any());
    verify(harness.carrier, times(1)).purchaseLabel(any());
  }

  @Test
  void concurrentBuysWithDifferentKeysBuyOneLabel() throws Exception {
    harness.createAndRate();
    when(harness.ledger.holdFunds(any()))
        .thenAnswer(
            slowCharge -> {
              Thread.sleep(300); // keeps the first purchase in flight while the others arrive
              return ShipmentFixtures.holdReceipt();
            });
    ExecutorService callers = Executors.newFixedThreadPool(5);
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String key = "key-" + i;
        calls.add(callers.submit(() -> buyOutcome(key)));
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> call : calls) {
        outcomes.add(call.get(30, TimeUnit.SECONDS));
      }

      assertThat(outcomes).containsOnlyOnce("purchased");
      assertThat(outcomes).filteredOn("SHIPMENT.INVALID_STATE"::equals).hasSize(4);
    } finally {
      callers.shutdownNow();
    }
    verify(harness.ledger, times(1)).holdFunds(any());
    verify(harness.carrier, times(1)).purchaseLabel(any());
  }

  /** The shipment status after a buy, or the error code that refused it. */
  private String buyOutcome(String key) {
    ShipmentWorkflow shipment =
        harness.client.newWorkflowStub(ShipmentWorkflow.class, ShipmentHarness.workflowId());
    try {
      return shipment.buy(new BuyLabel(GROUND_RATE, key)).status();
    } catch (RuntimeException refused) {
      return TemporalFailures.applicationFailureType(refused).orElse(refused.toString());
    }
  }

  @Test
  void buyingAgainWithTheSameKeyAnswersThePurchaseWithoutBuying() {
    ShipmentWorkflow shipment = harness.createAndRate();
    ShipmentSnapshot first = shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    ShipmentSnapshot repeated = shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    assertThat(repeated).isEqualTo(first);
    verify(harness.carrier, times(1)).purchaseLabel(any());
    verify(harness.ledger, times(1)).holdFunds(any());
  }

  @Test
  void secondBuyWithAnotherKeyAfterPurchaseIsRefused() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    assertThatThrownBy(() -> shipment.buy(new BuyLabel(GROUND_RATE, "key-2")))
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("SHIPMENT.INVALID_STATE"));
    verify(harness.carrier, times(1)).purchaseLabel(any());
    verify(harness.ledger, times(1)).holdFunds(any());
  }

  @Test
  void ratingAfterPurchaseIsRefused() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    assertThatThrownBy(shipment::rate)
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("SHIPMENT.INVALID_STATE"));
    verify(harness.carrier, times(1)).quoteRates(any(), any());
  }
}
