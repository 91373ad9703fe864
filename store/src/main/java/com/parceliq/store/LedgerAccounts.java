package com.parceliq.store;

import java.math.BigDecimal;

/**
 * The tenant's ledger accounts. The wallet is what ParcelIQ owes the tenant (a liability, so its
 * postings are credits when it grows); cash is money received; carrier payable is what ParcelIQ
 * owes carriers for labels.
 */
public final class LedgerAccounts {

  public static final String WALLET = "wallet";
  public static final String CASH = "cash";
  public static final String CARRIER_PAYABLE = "carrier_payable";

  private LedgerAccounts() {}

  /** The wallet balance: the negated sum of its postings (credits are negative). */
  public static BigDecimal walletBalance(String tenantId, String currency) {
    BigDecimal sum =
        LedgerPostingEntity.getEntityManager()
            .createQuery(
                "select coalesce(sum(p.amount), 0) from LedgerPostingEntity p"
                    + " where p.tenantId = ?1 and p.account = ?2 and p.currency = ?3",
                BigDecimal.class)
            .setParameter(1, tenantId)
            .setParameter(2, WALLET)
            .setParameter(3, currency)
            .getSingleResult();
    return sum.negate().setScale(2);
  }
}
