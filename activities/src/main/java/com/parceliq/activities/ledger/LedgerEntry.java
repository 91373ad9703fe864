package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import com.parceliq.store.LedgerAccounts;
import java.math.BigDecimal;
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
    List<Posting> postings) {

  static final String DEPOSIT = "deposit";
  static final String LABEL_PURCHASE = "label_purchase";
  static final String LABEL_REFUND = "label_refund";
  static final String REROUTE_FEE = "reroute_fee";

  record Posting(String account, BigDecimal amount) {}

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

  /** A label bought: debit the wallet, credit what ParcelIQ owes the carrier. */
  static LedgerEntry labelCharge(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        LABEL_PURCHASE,
        shipmentId,
        amount,
        description,
        movement(LedgerAccounts.WALLET, LedgerAccounts.CARRIER_PAYABLE, amount));
  }

  /** A label refunded: the reverse of its charge. */
  static LedgerEntry labelRefund(
      String tenantId, String shipmentId, String key, Money amount, String description) {
    return new LedgerEntry(
        tenantId,
        key,
        LABEL_REFUND,
        shipmentId,
        amount,
        description,
        movement(LedgerAccounts.CARRIER_PAYABLE, LedgerAccounts.WALLET, amount));
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

  private static List<Posting> movement(String debited, String credited, Money amount) {
    return List.of(
        new Posting(debited, amount.amount()), new Posting(credited, amount.amount().negate()));
  }
}
