package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import com.parceliq.store.LedgerAccounts;
import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The SQL behind the ledger; every method runs inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LedgerStore {

  /**
   * First key of the two-key advisory lock: keeps wallet locks apart from other advisory locks
   * (Flyway's, for one) that might hash to the same number.
   */
  private static final int WALLET_LOCK_SPACE = 0x57414c4c;

  /** Audits a refund being posted, in the posting's transaction (see {@link RefundAudit}). */
  public void auditRefund(
      String tenantId, String resourceType, String resourceId, String key, Money amount) {
    RefundAudit.record(tenantId, resourceType, resourceId, key, amount);
  }

  /** Serializes charges of one tenant until the transaction ends, so balance checks hold. */
  public void lockWallet(String tenantId) {
    LedgerTransactionEntity.getEntityManager()
        .createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(?1, hashtext(?2))) as locked")
        .setParameter(1, WALLET_LOCK_SPACE)
        .setParameter(2, tenantId)
        .getSingleResult();
  }

  public Optional<String> findEntryId(String tenantId, String idempotencyKey) {
    return LedgerTransactionEntity.findByKey(tenantId, idempotencyKey).map(entry -> entry.id);
  }

  /**
   * Inserts the entry unless its key is already posted. A concurrent insert of the same key waits
   * for the other transaction and then reports false, instead of failing this transaction on the
   * unique constraint.
   */
  public boolean insertIfAbsent(String entryId, LedgerEntry entry, Instant createdAt) {
    int inserted =
        LedgerTransactionEntity.getEntityManager()
            .createNativeQuery(
                "insert into ledger_transactions"
                    + " (id, tenant_id, idempotency_key, kind, shipment_id, amount, currency,"
                    + " description, created_at, pickup_id)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                    + " on conflict (tenant_id, idempotency_key) do nothing")
            .setParameter(1, entryId)
            .setParameter(2, entry.tenantId())
            .setParameter(3, entry.idempotencyKey())
            .setParameter(4, entry.kind())
            .setParameter(5, entry.shipmentId())
            .setParameter(6, entry.amount().amount())
            .setParameter(7, entry.amount().currency())
            .setParameter(8, entry.description())
            .setParameter(9, createdAt)
            .setParameter(10, entry.pickupId())
            .executeUpdate();
    return inserted == 1;
  }

  public void addPostings(String entryId, LedgerEntry entry) {
    for (LedgerEntry.Posting posting : entry.postings()) {
      LedgerPostingEntity row = new LedgerPostingEntity();
      row.transactionId = entryId;
      row.tenantId = entry.tenantId();
      row.account = posting.account();
      row.amount = posting.amount();
      row.currency = entry.amount().currency();
      row.persist();
    }
  }

  /** Label charges of a shipment less its refunds: the most a further refund may give back. */
  public BigDecimal unrefundedLabelCharges(String tenantId, String shipmentId, String currency) {
    return chargesLessRefunds(
        tenantId,
        Owner.SHIPMENT,
        shipmentId,
        currency,
        LedgerEntry.LABEL_PURCHASE,
        LedgerEntry.LABEL_REFUND);
  }

  /**
   * What the shipment's holds still set aside: its holds less their releases and settlements. The
   * most a release may give back, or a settlement use up.
   */
  public BigDecimal heldForShipment(String tenantId, String shipmentId, String currency) {
    return credits(tenantId, Owner.SHIPMENT, shipmentId, LedgerAccounts.WALLET_HOLDS, currency);
  }

  /**
   * The pricing margin the shipment's settlements earned less what its refunds gave back (negative
   * for a markdown): what a refund of everything still unrefunded takes back from the margin.
   */
  public BigDecimal unreversedMargin(String tenantId, String shipmentId, String currency) {
    return credits(tenantId, Owner.SHIPMENT, shipmentId, LedgerAccounts.PRICING_MARGIN, currency);
  }

  /** What the pickup's holds still set aside: its holds less their releases and settlements. */
  public BigDecimal heldForPickup(String tenantId, String pickupId, String currency) {
    return credits(tenantId, Owner.PICKUP, pickupId, LedgerAccounts.WALLET_HOLDS, currency);
  }

  /** The pickup's fees less their refunds: the most a further refund may give back. */
  public BigDecimal unrefundedPickupFees(String tenantId, String pickupId, String currency) {
    return chargesLessRefunds(
        tenantId,
        Owner.PICKUP,
        pickupId,
        currency,
        LedgerEntry.PICKUP_FEE,
        LedgerEntry.PICKUP_FEE_REFUND);
  }

  /** What ledger entries belong to, by the entry field that names it. */
  private enum Owner {
    SHIPMENT("shipmentId"),
    PICKUP("pickupId");

    private final String field;

    Owner(String field) {
      this.field = field;
    }
  }

  /** The net credit (credits are negative postings) of one account by the owner's entries. */
  private static BigDecimal credits(
      String tenantId, Owner owner, String ownerId, String account, String currency) {
    BigDecimal sum =
        LedgerPostingEntity.getEntityManager()
            .createQuery(
                "select coalesce(sum(p.amount), 0) from LedgerPostingEntity p,"
                    + " LedgerTransactionEntity t where t.id = p.transactionId"
                    + " and t.tenantId = ?1 and p.tenantId = ?1 and t."
                    + owner.field
                    + " = ?2 and p.account = ?3 and p.currency = ?4",
                BigDecimal.class)
            .setParameter(1, tenantId)
            .setParameter(2, ownerId)
            .setParameter(3, account)
            .setParameter(4, currency)
            .getSingleResult();
    return sum.negate().setScale(2);
  }

  /** The owner's entries of kind {@code charge} less those of kind {@code refund}. */
  private static BigDecimal chargesLessRefunds(
      String tenantId, Owner owner, String ownerId, String currency, String charge, String refund) {
    BigDecimal net =
        LedgerTransactionEntity.getEntityManager()
            .createQuery(
                "select coalesce(sum(case when t.kind = ?4 then t.amount else -t.amount end), 0)"
                    + " from LedgerTransactionEntity t where t.tenantId = ?1 and t."
                    + owner.field
                    + " = ?2 and t.currency = ?3 and t.kind in (?4, ?5)",
                BigDecimal.class)
            .setParameter(1, tenantId)
            .setParameter(2, ownerId)
            .setParameter(3, currency)
            .setParameter(4, charge)
            .setParameter(5, refund)
            .getSingleResult();
    return net.setScale(2);
  }

  /** The available balance: the wallet account without what is held. */
  public BigDecimal walletBalance(String tenantId, String currency) {
    return LedgerAccounts.walletBalance(tenantId, currency);
  }
}
