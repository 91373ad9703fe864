package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** One side of a ledger entry: positive is a debit, negative a credit. */
@Entity
@Table(name = "ledger_postings")
public class LedgerPostingEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "transaction_id", nullable = false)
  public String transactionId;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String account;

  @Column(nullable = false)
  public BigDecimal amount;

  @Column(nullable = false)
  public String currency;

  public static List<LedgerPostingEntity> forTransactions(String tenantId, List<String> ids) {
    return list("tenantId = ?1 and transactionId in ?2 order by id", tenantId, ids);
  }
}
