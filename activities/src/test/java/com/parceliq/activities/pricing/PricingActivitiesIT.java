package com.parceliq.activities.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.PricingRule;
import com.parceliq.store.PricingRuleEntity;
import com.parceliq.store.TenantEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules the workflow prices with, read from real PostgreSQL. */
@QuarkusTest
class PricingActivitiesIT {

  @Inject PricingActivitiesImpl pricing;

  private String tenantId;
  private String otherTenantId;

  @BeforeEach
  void tenants() {
    tenantId = newTenant();
    otherTenantId = newTenant();
  }

  @Test
  void onlyTheTenantsRulesInForceAreLoaded() {
    String markup = rule(tenantId, "sandbox", "ground", "percent", "10.00", "5.00", null);
    rule(tenantId, null, null, "flat", "-1.00", null, Instant.now());
    rule(otherTenantId, null, null, "flat", "2.00", null, null);

    List<PricingRule> rules = pricing.pricingRules(tenantId);

    assertThat(rules)
        .containsExactly(
            new PricingRule(
                markup,
                "sandbox",
                "ground",
                PricingRule.Adjustment.PERCENT,
                new BigDecimal("10.00"),
                Money.usd("5.00")));
  }

  private static String rule(
      String tenant,
      String carrier,
      String service,
      String adjustment,
      String value,
      String minimum,
      Instant deletedAt) {
    String id = Ids.newId(IdPrefix.PRICING_RULE);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              PricingRuleEntity row = new PricingRuleEntity();
              row.id = id;
              row.tenantId = tenant;
              row.carrier = carrier;
              row.service = service;
              row.adjustment = adjustment;
              row.value = new BigDecimal(value);
              row.minimumAmount = minimum == null ? null : new BigDecimal(minimum);
              row.minimumCurrency = minimum == null ? null : "USD";
              row.createdAt = Instant.now();
              row.deletedAt = deletedAt;
              row.persist();
            });
    return id;
  }

  private static String newTenant() {
    String id = Ids.newId(IdPrefix.TENANT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = id;
              tenant.name = "pricing test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
    return id;
  }
}
