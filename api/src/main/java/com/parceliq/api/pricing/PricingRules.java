package com.parceliq.api.pricing;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.pricing.PricingRule;
import com.parceliq.store.PricingRuleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates, lists and deletes a tenant's pricing rules, each change audited in the same transaction
 * as the change itself (a rule never changes without its record). Rates already quoted keep their
 * price: rules apply from the next rating on.
 */
@ApplicationScoped
public class PricingRules {

  static final String AUDIT_RESOURCE = "pricing_rule";
  static final String AUDIT_CREATE = "create_pricing_rule";
  static final String AUDIT_DELETE = "delete_pricing_rule";

  @Inject AuditLog audit;

  @Transactional
  public PricingRuleDto create(
      String tenantId, PricingRuleBody body, String actor, String requestId) {
    PricingRule rule = PricingRuleRequests.toRule(Ids.newId(IdPrefix.PRICING_RULE), body);
    PricingRuleEntity row = new PricingRuleEntity();
    row.id = rule.id();
    row.tenantId = tenantId;
    row.carrier = rule.carrier();
    row.service = rule.service();
    row.adjustment = rule.adjustment().wireName();
    row.value = rule.value();
    row.minimumAmount = rule.minimumCharge() == null ? null : rule.minimumCharge().amount();
    row.minimumCurrency = rule.minimumCharge() == null ? null : rule.minimumCharge().currency();
    row.createdAt = Instant.now();
    row.persist();
    PricingRuleDto created = PricingRuleRenderer.render(row);
    audit.record(
        new AuditLog.Entry(
            tenantId, actor, AUDIT_CREATE, AUDIT_RESOURCE, row.id, details(created), requestId));
    return created;
  }

  @Transactional
  public PricingRuleList list(String tenantId, Paging paging) {
    List<PricingRuleEntity> fetched =
        PricingRuleEntity.pageForTenant(tenantId, paging.beforeId(), paging.fetchSize());
    return new PricingRuleList(
        paging.pageOf(fetched).stream().map(PricingRuleRenderer::render).toList(),
        paging.hasMore(fetched));
  }

  /** Another tenant's rule, or one already deleted, is not found. */
  @Transactional
  public void delete(String tenantId, String id, String actor, String requestId) {
    PricingRuleEntity row =
        PricingRuleEntity.findActive(tenantId, id)
            .orElseThrow(() -> ApiException.notFound("pricing rule", id));
    row.deletedAt = Instant.now();
    audit.record(
        new AuditLog.Entry(
            tenantId,
            actor,
            AUDIT_DELETE,
            AUDIT_RESOURCE,
            row.id,
            details(PricingRuleRenderer.render(row)),
            requestId));
  }

  private static Map<String, Object> details(PricingRuleDto rule) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("carrier", rule.carrier());
    details.put("service", rule.service());
    details.put("type", rule.type());
    details.put("value", rule.value());
    if (rule.minimumCharge() != null) {
      details.put("minimum_charge", rule.minimumCharge().amount());
      details.put("currency", rule.minimumCharge().currency());
    }
    return details;
  }
}
