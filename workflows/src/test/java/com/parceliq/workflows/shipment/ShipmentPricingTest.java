package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.CARRIER;
import static com.parceliq.workflows.shipment.ShipmentFixtures.EXPRESS_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_PRICE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.Pricing;
import com.parceliq.domain.pricing.PricingRule;
import com.parceliq.domain.pricing.PricingRule.Adjustment;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.PurchaseRecord;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.WalletPosting;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class ShipmentPricingTest {

  /** 10% on sandbox ground: 12.34 -> 13.57 (1.234 rounds to 1.23). */
  private static final PricingRule GROUND_MARKUP =
      new PricingRule(
          "pr_ground", CARRIER, "ground", Adjustment.PERCENT, new BigDecimal("10"), null);

  /** -1.00 on any express: 24.10 -> 23.10. */
  private static final PricingRule EXPRESS_MARKDOWN =
      new PricingRule("pr_express", null, "express", Adjustment.FLAT, new BigDecimal("-1"), null);

  private static final Money GROUND_MARKED_UP = Money.usd("13.57");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
    when(harness.pricing.pricingRules(TENANT)).thenReturn(List.of(EXPRESS_MARKDOWN, GROUND_MARKUP));
  }

  @Test
  void ratingPricesEachQuoteWithTheTenantsRulesAndRecordsPriceListRateAndExplanation() {
    ShipmentWorkflow shipment = harness.create();

    List<RateQuote> quotes = ShipmentHarness.rate(shipment);

    verify(harness.pricing).pricingRules(TENANT);
    RateQuote ground = quote(quotes, GROUND_RATE);
    assertThat(ground.amount()).isEqualTo(GROUND_MARKED_UP);
    assertThat(ground.carrierAmount()).isEqualTo(GROUND_PRICE);
    assertThat(ground.pricing())
        .isEqualTo("sandbox ground list 12.34 + 10% markup (rule pr_ground) = 13.57");
    RateQuote express = quote(quotes, EXPRESS_RATE);
    assertThat(express.amount()).isEqualTo(Money.usd("23.10"));
    assertThat(express.carrierAmount()).isEqualTo(Money.usd("24.10"));
    assertThat(express.pricing())
        .isEqualTo("sandbox express list 24.10 - 1.00 markdown (rule pr_express) = 23.10");
    verify(harness.records).recordRates(TENANT, SHIPMENT, quotes, List.of());
  }

  @Test
  void withoutRulesTheQuotesAreTheCarriersRates() {
    when(harness.pricing.pricingRules(TENANT)).thenReturn(List.of());
    ShipmentWorkflow shipment = harness.create();

    RateQuote ground = quote(ShipmentHarness.rate(shipment), GROUND_RATE);

    assertThat(ground.amount()).isEqualTo(GROUND_PRICE);
    assertThat(ground.carrierAmount()).isEqualTo(GROUND_PRICE);
    assertThat(ground.pricing()).isEqualTo(Pricing.NO_RULE);
  }

  @Test
  void buyingHoldsThePriceAndSettlesAgainstTheCarrierRateItWasMadeFrom() {
    when(harness.carrier.purchaseLabel(any()))
        .thenReturn(ShipmentFixtures.labelCharged(Money.usd("13.02")));
    ShipmentWorkflow shipment = harness.createAndRate();

    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    ArgumentCaptor<WalletPosting> hold = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger).holdFunds(hold.capture());
    assertThat(hold.getValue().amount()).isEqualTo(GROUND_MARKED_UP);
    ArgumentCaptor<LabelSettlement> settlement = ArgumentCaptor.forClass(LabelSettlement.class);
    verify(harness.ledger).settleLabel(settlement.capture());
    assertThat(settlement.getValue().held()).isEqualTo(GROUND_MARKED_UP);
    assertThat(settlement.getValue().carrierQuoted()).isEqualTo(GROUND_PRICE);
    assertThat(settlement.getValue().charged()).isEqualTo(Money.usd("13.02"));
    // The shipment's charge is the price plus the carrier's difference: 13.57 + 0.68.
    ArgumentCaptor<PurchaseRecord> record = ArgumentCaptor.forClass(PurchaseRecord.class);
    verify(harness.records).recordPurchase(record.capture());
    assertThat(record.getValue().label().charged()).isEqualTo(Money.usd("14.25"));
  }

  @Test
  void voidRefundsWhatTheTenantWasChargedNotTheCarriersRate() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    shipment.voidLabel(new VoidLabel("void-1"));

    ArgumentCaptor<WalletPosting> credit = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger).refundLabel(credit.capture());
    assertThat(credit.getValue().amount()).isEqualTo(GROUND_MARKED_UP);
  }

  private static RateQuote quote(List<RateQuote> quotes, String rateId) {
    return quotes.stream().filter(quote -> quote.rateId().equals(rateId)).findFirst().orElseThrow();
  }
}
