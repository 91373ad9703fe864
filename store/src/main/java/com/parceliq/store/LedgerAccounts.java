package com.parceliq.store;

import java.math.BigDecimal;

/**
 * The tenant's ledger accounts. The wallet is what ParcelIQ owes the tenant and may spend (a
 * liability, so its postings are credits when it grows): the available balance. Wallet holds is the
 * part of the tenant's money set aside for purchases in flight, also owed to the tenant but not
 * spendable. Cash is money received; carrier payable is what ParcelIQ owes carriers for labels;
 * adjustments is the counter-account of operators' manual corrections. Pricing margin is what the
 * tenant's pricing rules add to (or, for a markdown, take off) the carriers' rates of labels.
 * Carrier claims is what carriers owe ParcelIQ for claims they approved, paid out to the tenant's
 * wallet at approval.
 */
public final class LedgerAccounts {

  public static final String WALLET = "wallet";
  public static final String WALLET_HOLDS = "wallet_holds";
  public static final String CASH = "cash";
  public static final String CARRIER_PAYABLE = "carrier_payable";
  public static final String ADJUSTMENTS = "adjustments";
  public static final String PRICING_MARGIN = "pricing_margin";
  public static final String CARRIER_CLAIMS = "carrier_claims";

  private LedgerAccounts() {}

  /** The available balance: the negated sum of the wallet's postings (credits are negative). */
  public static BigDecimal walletBalance(String tenantId, String currency) {
    return liabilityBalance(tenantId, WALLET, currency);
  }

  /** What is set aside for purchases in flight, all shipments together. */
  public static BigDecimal heldBalance(String tenantId, String currency) {
    return liabilityBalance(tenantId, WALLET_HOLDS, currency);
  }

  private static BigDecimal liabilityBalance(String tenantId, String account, String currency) {
    BigDecimal sum =
        LedgerPostingEntity.getEntityManager()
            .createQuery(
                "select coalesce(sum(p.amount), 0) from LedgerPostingEntity p"
                    + " where p.tenantId = ?1 and p.account = ?2 and p.currency = ?3",
                BigDecimal.class)
            .setParameter(1, tenantId)
            .setParameter(2, account)
            .setParameter(3, currency)
            .getSingleResult();
    return sum.negate().setScale(2);
  }
}
