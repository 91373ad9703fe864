package com.parceliq.activities.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.wallet.DepositRequest;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class LedgerActivitiesImplTest {

  private final LedgerStore store = mock(LedgerStore.class);
  private final LedgerActivitiesImpl ledger = new LedgerActivitiesImpl(store);

  private static WalletPosting hold(String amount) {
    return new WalletPosting("ten_1", "shp_1", "hold:shp_1:k1", Money.usd(amount), "Label");
  }

  @Test
  void depositCreditsTheWalletAndDebitsCash() {
    when(store.findEntryId("ten_1", "dep-key")).thenReturn(Optional.empty());
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("100.00"));

    LedgerReceipt receipt =
        ledger.deposit(new DepositRequest("ten_1", "dep_1", Money.usd("100.00"), "dep-key"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(eq(receipt.entryId()), entry.capture());
    assertThat(IdPrefix.LEDGER_ENTRY.matches(receipt.entryId())).isTrue();
    assertThat(receipt.walletBalance()).isEqualTo(Money.usd("100.00"));
    assertThat(entry.getValue().kind()).isEqualTo("deposit");
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("cash", new BigDecimal("100.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-100.00")));
    verify(store, never()).lockWallet(anyString());
  }

  @Test
  void depositWithoutAKeyIsKeyedByItsDepositId() {
    when(store.findEntryId("ten_1", "deposit:dep_7")).thenReturn(Optional.of("led_old"));
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("5.00"));

    LedgerReceipt receipt =
        ledger.deposit(new DepositRequest("ten_1", "dep_7", Money.usd("5.00"), null));

    assertThat(receipt.entryId()).isEqualTo("led_old");
  }

  @Test
  void postingAnExistingKeyReturnsTheExistingEntryAndWritesNothing() {
    when(store.findEntryId("ten_1", "hold:shp_1:k1")).thenReturn(Optional.of("led_first"));
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("0.00"));

    LedgerReceipt receipt = ledger.holdFunds(hold("12.34"));

    assertThat(receipt).isEqualTo(new LedgerReceipt("led_first", Money.usd("0.00")));
    verify(store, never()).insertIfAbsent(anyString(), any(), any());
    verify(store, never()).addPostings(anyString(), any());
  }

  @Test
  void aConcurrentPostingOfTheSameKeyReturnsTheWinnersEntry() {
    when(store.findEntryId("ten_1", "hold:shp_1:k1"))
        .thenReturn(Optional.empty(), Optional.of("led_winner"));
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("50.00"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(false);

    LedgerReceipt receipt = ledger.holdFunds(hold("12.34"));

    assertThat(receipt.entryId()).isEqualTo("led_winner");
    verify(store, never()).addPostings(anyString(), any());
  }

  @Test
  void holdLocksTheTenantWalletBeforeCheckingTheBalanceAndMovesWalletToHolds() {
    when(store.findEntryId("ten_1", "hold:shp_1:k1")).thenReturn(Optional.empty());
    when(store.walletBalance("ten_1", "USD"))
        .thenReturn(new BigDecimal("20.00"), new BigDecimal("7.66"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);

    LedgerReceipt receipt = ledger.holdFunds(hold("12.34"));

    var order = inOrder(store);
    order.verify(store).lockWallet("ten_1");
    order.verify(store).findEntryId("ten_1", "hold:shp_1:k1");
    order.verify(store).walletBalance("ten_1", "USD");
    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    order.verify(store).insertIfAbsent(eq(receipt.entryId()), entry.capture(), any());
    assertThat(entry.getValue().kind()).isEqualTo("hold");
    assertThat(entry.getValue().shipmentId()).isEqualTo("shp_1");
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet", new BigDecimal("12.34")),
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("-12.34")));
    assertThat(receipt.walletBalance()).isEqualTo(Money.usd("7.66"));
  }

  @Test
  void aHoldTheWalletCannotCoverFailsWithInsufficientFundsAndWritesNothing() {
    when(store.findEntryId("ten_1", "hold:shp_1:k1")).thenReturn(Optional.empty());
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("12.33"));

    assertThatThrownBy(() -> ledger.holdFunds(hold("12.34")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("WALLET.INSUFFICIENT_FUNDS");
              assertThat(f.isNonRetryable()).isTrue();
              assertThat(f.getOriginalMessage()).contains("12.33 USD").contains("12.34 USD");
            });
    verify(store, never()).insertIfAbsent(anyString(), any(), any());
  }

  @Test
  void aHoldOfExactlyTheBalanceGoesThrough() {
    when(store.findEntryId("ten_1", "hold:shp_1:k1")).thenReturn(Optional.empty());
    when(store.walletBalance("ten_1", "USD"))
        .thenReturn(new BigDecimal("12.34"), new BigDecimal("0.00"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);

    assertThat(ledger.holdFunds(hold("12.34")).walletBalance()).isEqualTo(Money.usd("0.00"));
  }

  @Test
  void refundCreditsTheWalletWithoutCheckingFunds() {
    when(store.findEntryId("ten_1", "refund:shp_1")).thenReturn(Optional.empty());
    when(store.unrefundedLabelCharges("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("12.34"));
    when(store.unreversedMargin("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("0.00"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("12.34"));

    ledger.refundLabel(refund("12.34"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(anyString(), entry.capture());
    assertThat(entry.getValue().kind()).isEqualTo("label_refund");
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("12.34")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-12.34")));
  }

  @Test
  void refundOfAChargeThatNeverPostedCreditsNothing() {
    when(store.findEntryId("ten_1", "refund:shp_1")).thenReturn(Optional.empty());
    when(store.unrefundedLabelCharges("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("0.00"));
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("3.00"));

    LedgerReceipt receipt = ledger.refundLabel(refund("12.34"));

    assertThat(receipt).isEqualTo(new LedgerReceipt(null, Money.usd("3.00")));
    verify(store, never()).insertIfAbsent(anyString(), any(), any());
    verify(store, never()).addPostings(anyString(), any());
  }

  @Test
  void refundNeverGivesBackMoreThanTheShipmentWasCharged() {
    when(store.findEntryId("ten_1", "refund:shp_1")).thenReturn(Optional.empty());
    when(store.unrefundedLabelCharges("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("5.00"));
    when(store.unreversedMargin("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("0.00"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("5.00"));

    ledger.refundLabel(refund("12.34"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(anyString(), entry.capture());
    assertThat(entry.getValue().amount()).isEqualTo(Money.usd("5.00"));
  }

  @Test
  void settlementAtTheHeldAmountUsesUpTheHoldAndOwesTheCarrier() {
    LedgerEntry entry = settled("12.34", "12.34", "12.34");

    assertThat(entry.kind()).isEqualTo("label_purchase");
    assertThat(entry.amount()).isEqualTo(Money.usd("12.34"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("12.34")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-12.34")));
  }

  @Test
  void settlementBelowTheHoldReturnsTheDifferenceToTheWallet() {
    LedgerEntry entry = settled("12.34", "12.34", "10.00");

    assertThat(entry.amount()).isEqualTo(Money.usd("10.00"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("12.34")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-10.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-2.34")));
  }

  @Test
  void settlementAboveTheHoldDrawsTheDifferenceFromTheWalletWithoutAFundsCheck() {
    LedgerEntry entry = settled("12.34", "12.34", "15.00");

    assertThat(entry.amount()).isEqualTo(Money.usd("15.00"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("12.34")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-15.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("2.66")));
  }

  @Test
  void settlementNeverUsesMoreThanTheShipmentStillHolds() {
    LedgerEntry entry = settled("12.34", "5.00", "12.34");

    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("5.00")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-12.34")),
            new LedgerEntry.Posting("wallet", new BigDecimal("7.34")));
  }

  @Test
  void releaseWhenNothingIsHeldPostsNothing() {
    when(store.findEntryId("ten_1", "release:shp_1")).thenReturn(Optional.empty());
    when(store.heldForShipment("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("0.00"));
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("8.00"));

    LedgerReceipt receipt = ledger.releaseHold(release("12.34"));

    assertThat(receipt).isEqualTo(new LedgerReceipt(null, Money.usd("8.00")));
    verify(store).lockWallet("ten_1");
    verify(store, never()).insertIfAbsent(anyString(), any(), any());
  }

  @Test
  void releaseReturnsWhatIsStillHeldAtMostTheAmount() {
    when(store.findEntryId("ten_1", "release:shp_1")).thenReturn(Optional.empty());
    when(store.heldForShipment("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("4.00"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("4.00"));

    ledger.releaseHold(release("12.34"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(anyString(), entry.capture());
    assertThat(entry.getValue().kind()).isEqualTo("hold_release");
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("4.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-4.00")));
  }

  @Test
  void creditAdjustmentCreditsTheWalletAgainstTheAdjustmentsAccount() {
    when(store.findEntryId("ten_1", "adj-1")).thenReturn(Optional.empty());
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("5.00"));

    ledger.adjust(adjustment("5.00"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(anyString(), entry.capture());
    assertThat(entry.getValue().kind()).isEqualTo("adjustment");
    assertThat(entry.getValue().amount()).isEqualTo(Money.usd("5.00"));
    assertThat(entry.getValue().description()).contains("goodwill credit");
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("adjustments", new BigDecimal("5.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-5.00")));
  }

  @Test
  void debitAdjustmentBeyondTheAvailableBalanceIsRefusedWithInsufficientFunds() {
    when(store.findEntryId("ten_1", "adj-1")).thenReturn(Optional.empty());
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("4.99"));

    assertThatThrownBy(() -> ledger.adjust(adjustment("-5.00")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("WALLET.INSUFFICIENT_FUNDS");
              assertThat(f.isNonRetryable()).isTrue();
            });
    verify(store, never()).insertIfAbsent(anyString(), any(), any());
  }

  @Test
  void debitAdjustmentDebitsTheWalletWithASignedAmount() {
    when(store.findEntryId("ten_1", "adj-1")).thenReturn(Optional.empty());
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("5.00"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);

    ledger.adjust(adjustment("-5.00"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(anyString(), entry.capture());
    assertThat(entry.getValue().amount()).isEqualTo(Money.usd("-5.00"));
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("adjustments", new BigDecimal("-5.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("5.00")));
  }

  @Test
  void zeroAdjustmentIsRefusedWithoutRetrying() {
    assertThatThrownBy(() -> ledger.adjust(adjustment("0.00")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("REQUEST.INVALID");
              assertThat(f.isNonRetryable()).isTrue();
            });
  }

  @Test
  void adjustmentWithMoreThanTwoDecimalsIsRefusedWithoutRetrying() {
    assertThatThrownBy(() -> ledger.adjust(adjustment("1.005")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("REQUEST.INVALID");
              assertThat(f.isNonRetryable()).isTrue();
            });
    verify(store, never()).lockWallet(anyString());
  }

  @Test
  void markupSettlementChargesThePriceOwesTheCarrierItsChargeAndBooksTheMargin() {
    LedgerEntry entry = settledPriced("13.20", "12.00", "13.20", "12.00");

    assertThat(entry.amount()).isEqualTo(Money.usd("13.20"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("13.20")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-12.00")),
            new LedgerEntry.Posting("pricing_margin", new BigDecimal("-1.20")));
  }

  @Test
  void markdownSettlementDebitsTheMarginForWhatTheTenantDoesNotPay() {
    LedgerEntry entry = settledPriced("11.00", "12.00", "11.00", "12.00");

    assertThat(entry.amount()).isEqualTo(Money.usd("11.00"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("11.00")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-12.00")),
            new LedgerEntry.Posting("pricing_margin", new BigDecimal("1.00")));
  }

  @Test
  void minimumChargeSettlementKeepsTheWholeDifferenceAsMargin() {
    // A 3.10 carrier rate sold at a 5.00 minimum charge.
    LedgerEntry entry = settledPriced("5.00", "3.10", "5.00", "3.10");

    assertThat(entry.amount()).isEqualTo(Money.usd("5.00"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("5.00")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-3.10")),
            new LedgerEntry.Posting("pricing_margin", new BigDecimal("-1.90")));
  }

  @Test
  void carrierChargingMoreThanItQuotedPassesTheDifferenceToTheTenantAndKeepsTheMargin() {
    LedgerEntry entry = settledPriced("13.20", "12.00", "13.20", "14.50");

    // 13.20 + (14.50 - 12.00): the wallet pays 2.50 beyond the hold, the carrier gets 14.50.
    assertThat(entry.amount()).isEqualTo(Money.usd("15.70"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("13.20")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-14.50")),
            new LedgerEntry.Posting("pricing_margin", new BigDecimal("-1.20")),
            new LedgerEntry.Posting("wallet", new BigDecimal("2.50")));
  }

  @Test
  void carrierChargingLessThanItQuotedGivesTheDifferenceBackToTheTenant() {
    LedgerEntry entry = settledPriced("11.00", "12.00", "11.00", "11.50");

    assertThat(entry.amount()).isEqualTo(Money.usd("10.50"));
    assertThat(entry.postings())
        .containsExactly(
            new LedgerEntry.Posting("wallet_holds", new BigDecimal("11.00")),
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("-11.50")),
            new LedgerEntry.Posting("pricing_margin", new BigDecimal("1.00")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-0.50")));
  }

  @Test
  void refundOfAMarkedUpLabelGivesTheMarginBackWithTheCarrierCharge() {
    when(store.findEntryId("ten_1", "refund:shp_1")).thenReturn(Optional.empty());
    when(store.unrefundedLabelCharges("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("13.20"));
    when(store.unreversedMargin("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal("1.20"));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("13.20"));

    ledger.refundLabel(refund("13.20"));

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    verify(store).addPostings(anyString(), entry.capture());
    assertThat(entry.getValue().postings())
        .containsExactly(
            new LedgerEntry.Posting("carrier_payable", new BigDecimal("12.00")),
            new LedgerEntry.Posting("pricing_margin", new BigDecimal("1.20")),
            new LedgerEntry.Posting("wallet", new BigDecimal("-13.20")));
  }

  @Test
  void partRefundGivesBackTheMarginsShareRoundedToTheCent() {
    assertThat(RefundShares.margin(Money.usd("5.00"), Money.usd("15.00"), Money.usd("1.00")))
        .isEqualTo(Money.usd("0.33"));
    assertThat(RefundShares.margin(Money.usd("15.00"), Money.usd("15.00"), Money.usd("-1.00")))
        .isEqualTo(Money.usd("-1.00"));
  }

  private LedgerEntry settledPriced(
      String price, String carrierQuoted, String stillHeld, String charged) {
    return settle(
        new LabelSettlement(
            "ten_1",
            "shp_1",
            "settle:shp_1",
            Money.usd(price),
            Money.usd(charged),
            "Label",
            Money.usd(carrierQuoted)),
        stillHeld);
  }

  private LedgerEntry settled(String held, String stillHeld, String charged) {
    return settle(
        new LabelSettlement(
            "ten_1", "shp_1", "settle:shp_1", Money.usd(held), Money.usd(charged), "Label", null),
        stillHeld);
  }

  private LedgerEntry settle(LabelSettlement settlement, String stillHeld) {
    when(store.findEntryId("ten_1", "settle:shp_1")).thenReturn(Optional.empty());
    when(store.heldForShipment("ten_1", "shp_1", "USD")).thenReturn(new BigDecimal(stillHeld));
    when(store.insertIfAbsent(anyString(), any(), any())).thenReturn(true);
    when(store.walletBalance("ten_1", "USD")).thenReturn(new BigDecimal("0.00"));

    ledger.settleLabel(settlement);

    ArgumentCaptor<LedgerEntry> entry = ArgumentCaptor.forClass(LedgerEntry.class);
    var order = inOrder(store);
    order.verify(store).lockWallet("ten_1");
    order.verify(store).addPostings(anyString(), entry.capture());
    BigDecimal sum =
        entry.getValue().postings().stream()
            .map(LedgerEntry.Posting::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).as("postings sum to zero").isEqualByComparingTo("0");
    return entry.getValue();
  }

  private static WalletPosting release(String amount) {
    return new WalletPosting("ten_1", "shp_1", "release:shp_1", Money.usd(amount), "Release");
  }

  private static LedgerAdjustment adjustment(String amount) {
    return new LedgerAdjustment(
        "ten_1", "adj-1", new BigDecimal(amount), "USD", "goodwill credit", "platform_admin");
  }

  private static WalletPosting refund(String amount) {
    return new WalletPosting("ten_1", "shp_1", "refund:shp_1", Money.usd(amount), "Refund");
  }

  @Test
  void aCurrencyOtherThanUsdIsRefusedWithoutRetrying() {
    assertThatThrownBy(
            () ->
                ledger.deposit(new DepositRequest("ten_1", "dep_1", Money.of("10.00", "EUR"), "k")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("WALLET.CURRENCY_UNSUPPORTED");
              assertThat(f.isNonRetryable()).isTrue();
            });
    verify(store, never()).insertIfAbsent(anyString(), any(), any());
  }

  @Test
  void aZeroAmountIsRefusedWithoutRetrying() {
    assertThatThrownBy(() -> ledger.holdFunds(hold("0.00")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isTrue());
  }
}
