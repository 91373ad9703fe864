package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.Pricing;
import com.parceliq.store.LedgerAccounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger entry about to be written: its postings (positive debits, negative credits) sum to zero.
 * The factory methods are the only movements of money the ledger knows.
 */
record LedgerEntry(
    String tenantId,
    String idempotencyKey,
    String kind,
    String shipmentId,
    Money amount,
    String description,
    List<Posting> postings,
    String pickupId) {

  static final String DEPOSIT = "deposit";
  static final String HOLD = "hold";
  static final String HOLD_RELEASE = "hold_release";
  static final String LABEL_PURCHASE = "label_purchase";
  static final String LABEL_REFUND = "label_refund";
  static final String REROUTE_FEE = "reroute_fee";
  static final String ADJUSTMENT = "adjustment";
  static final String PICKUP_FEE = "pickup_fee";
  static final String PICKUP_FEE_REFUND = "pickup_fee_refund";
  static final String CARRIER_ADJUSTMENT = "carrier_adjustment";
  static final String CLAIM_PAYOUT = "claim_payout";

  record Posting(String account, BigDecimal amount) {}

  /** An entry of a shipment or of the tenant: no pickup. */
  LedgerEntry(
      String tenantId,
      String idempotencyKey,
      String kind,
      String shipmentId,
      Money amount,
      String description,
      List<Posting> postings) {
    this(tenantId, idempotencyKey, kind, shipmentId, amount, description, postings, null);
  }

  /** A pickup fee set aside before the carrier is asked: debit the wallet, credit the holds. */
  static LedgerEntry pickupHold(String tenantId, String pickupId, String key, Money amount) {
    return forPickup(
        tenantId,
        pickupId,
        key,
        HOLD,
        amount,
        "Hold for pickup " + pickupId,
        movement(LedgerAccounts.WALLET, LedgerAccounts.WALLET_HOLDS, amount));
  }

  /** A pickup's hold given back unspent. */
  static LedgerEntry pickupHoldRelease(String tenantId, String pickupId, String key, Money amount) {
    return forPickup(
        tenantId,
        pickupId,
        key,
        HOLD_RELEASE,
        amount,
        "Release of hold for pickup " + pickupId,
        movement(LedgerAccounts.WALLET_HOLDS, LedgerAccounts.WALLET, amount));
  }

  /**
   * The carrier's pickup fee paid from the pickup's hold: the fee becomes payable to the carrier,
   * the hold is used up and the wallet gives back or pays the difference.
   */
  static LedgerEntry pickupFee(
      String tenantId, String pickupId, String key, Money held, Money charged, String description) {
    List<Posting> postings = new ArrayList<>();
    if (held.exceedsZero()) {
      postings.add(new Posting(LedgerAccounts.WALLET_HOLDS, held.amount()));
    }
    postings.add(new Posting(LedgerAccounts.CARRIER_PAYABLE, charged.amount().negate()));
    addUnlessZero(postings, LedgerAccounts.WALLET, charged.amount().subtract(held.amount()));
    return forPickup(
        tenantId, pickupId, key, PICKUP_FEE, charged, description, List.copyOf(postings));
  }

  /** A cancelled pickup's fee credited back: the reverse of its charge. */
  static LedgerEntry pickupFeeRefund(
      String tenantId, String pickupId, String key, Money amount, String description) {
    return forPickup(
        tenantId,
        pickupId,
        key,
        PICKUP_FEE_REFUND,
        amount,
        description,
        movement(LedgerAccounts.CARRIER_PAYABLE, LedgerAccounts.WALLET, amount));
  }

  private static LedgerEntry forPickup(
      String tenantId,
      String pickupId,
      String key,
      String kind,
      Money amount,
      String description,
      List<Posting> postings) {
    return new LedgerEntry(tenantId, key, kind, null, amount, description, postings, pickupId);
  }

  /** Money received: debit cash, credit the wallet (ParcelIQ now owes the tenant more). */
  static LedgerEntry deposit(String tenantId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        DEPOSIT,
        null,
        amount,
        description,
        movement(LedgerAccounts.CASH, LedgerAccounts.WALLET, amount));
  }

  /** Money set aside for a purchase: debit the wallet, credit the holds account. */
  static LedgerEntry hold(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        HOLD,
        shipmentId,
        amount,
        description,
        movement(LedgerAccounts.WALLET, LedgerAccounts.WALLET_HOLDS, amount));
  }

  /** A hold given back unspent: the reverse of the hold. */
  static LedgerEntry holdRelease(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        HOLD_RELEASE,
        shipmentId,
        amount,
        description,
        movement(LedgerAccounts.WALLET_HOLDS, LedgerAccounts.WALLET, amount));
  }

  /**
   * A label paid from its hold. The tenant pays the quoted price plus the carrier's difference
   * (charge − quoted carrier rate); the carrier's charge becomes payable; the quoted margin (price
   * − carrier rate, negative for a markdown) goes to the pricing margin; the hold is used up and
   * the wallet gives back or pays the rest. The entry's amount is the tenant's charge, so label
   * charges and their refunds stay comparable.
   */
  static LedgerEntry labelSettlement(
      String tenantId,
      String shipmentId,
      String key,
      LabelPrice label,
      Money held,
      Money charged,
      String description) {
    Money tenantCharge = Pricing.tenantCharge(label.price(), label.carrierQuoted(), charged);
    Money margin = label.price().minus(label.carrierQuoted());
    List<Posting> postings = new ArrayList<>();
    if (held.exceedsZero()) {
      postings.add(new Posting(LedgerAccounts.WALLET_HOLDS, held.amount()));
    }
    postings.add(new Posting(LedgerAccounts.CARRIER_PAYABLE, charged.amount().negate()));
    addUnlessZero(postings, LedgerAccounts.PRICING_MARGIN, margin.amount().negate());
    addUnlessZero(postings, LedgerAccounts.WALLET, tenantCharge.amount().subtract(held.amount()));
    return new LedgerEntry(
        tenantId,
        key,
        LABEL_PURCHASE,
        shipmentId,
        tenantCharge,
        description,
        List.copyOf(postings));
  }

  /** What a label was sold for: the tenant's price and the carrier's rate it was made from. */
  record LabelPrice(Money price, Money carrierQuoted) {}

  /**
   * A label refunded: the reverse of its charge. {@code margin} is the part of {@code amount} that
   * the settlement put in the pricing margin (negative for a markdown); the rest is the carrier's.
   */
  static LedgerEntry labelRefund(
      String tenantId,
      String shipmentId,
      String key,
      Money amount,
      Money margin,
      String description) {
    List<Posting> postings = new ArrayList<>();
    addUnlessZero(
        postings, LedgerAccounts.CARRIER_PAYABLE, amount.amount().subtract(margin.amount()));
    addUnlessZero(postings, LedgerAccounts.PRICING_MARGIN, margin.amount());
    postings.add(new Posting(LedgerAccounts.WALLET, amount.amount().negate()));
    return new LedgerEntry(
        tenantId, key, LABEL_REFUND, shipmentId, amount, description, List.copyOf(postings));
  }

  /** A carrier's fee for intercepting and rerouting a parcel: debit the wallet, owe the carrier. */
  static LedgerEntry rerouteFee(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        REROUTE_FEE,
        shipmentId,
        amount,
        description,
        movement(LedgerAccounts.WALLET, LedgerAccounts.CARRIER_PAYABLE, amount));
  }

  /**
   * An operator's correction, {@code amount} signed: positive credits the wallet and debits the
   * adjustments account, negative the reverse. The only entry whose amount may be negative.
   */
  static LedgerEntry adjustment(String tenantId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        ADJUSTMENT,
        null,
        amount,
        description,
        List.of(
            new Posting(LedgerAccounts.ADJUSTMENTS, amount.amount()),
            new Posting(LedgerAccounts.WALLET, amount.amount().negate())));
  }

  /**
   * A carrier invoice's difference passed on to the tenant, {@code amount} signed like an
   * operator's adjustment: negative debits the wallet (the carrier billed more than it quoted),
   * positive credits it (billed less). The other side is what ParcelIQ owes the carrier.
   */
  static LedgerEntry carrierAdjustment(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        CARRIER_ADJUSTMENT,
        shipmentId,
        amount,
        description,
        List.of(
            new Posting(LedgerAccounts.CARRIER_PAYABLE, amount.amount()),
            new Posting(LedgerAccounts.WALLET, amount.amount().negate())));
  }

  /** A claim the carrier approved, paid to the tenant: the carrier owes it, the wallet grows. */
  static LedgerEntry claimPayout(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        CLAIM_PAYOUT,
        shipmentId,
        amount,
        description,
        movement(LedgerAccounts.CARRIER_CLAIMS, LedgerAccounts.WALLET, amount));
  }

  private static void addUnlessZero(List<Posting> postings, String account, BigDecimal amount) {
    if (amount.signum() != 0) {
      postings.add(new Posting(account, amount));
    }
  }

  private static List<Posting> movement(String debited, String credited, Money amount) {
    return List.of(
        new Posting(debited, amount.amount()), new Posting(credited, amount.amount().negate()));
  }
}
