package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A carrier plugin some worker runs: what it offers and what an account of it must hold. */
@Entity
@Table(name = "carrier_catalog")
public class CarrierCatalogEntity extends PanacheEntityBase {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> services;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> capabilities;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "credential_fields", nullable = false)
  public List<String> credentialFields;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<CarrierCatalogEntity> byCode(String code) {
    return findByIdOptional(code);
  }
}
