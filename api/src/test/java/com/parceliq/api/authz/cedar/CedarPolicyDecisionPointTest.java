package com.parceliq.api.authz.cedar;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.AuthorizationRequest;
import com.parceliq.api.authz.Decision;
import com.parceliq.api.authz.RequestContext;
import com.parceliq.api.authz.ResourceRef;
import com.parceliq.api.authz.ResourceType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CedarPolicyDecisionPointTest {

  private static final String TENANT = "ten_a";
  private static final String OTHER_TENANT = "ten_b";
  private static final RequestContext CONTEXT = new RequestContext("req_1", "req_1", "127.0.0.1");

  private static final Set<Action> READS = EnumSet.of(Action.READ, Action.LIST, Action.EXPORT);
  private static final Set<Action> SHIPPER =
      EnumSet.of(
          Action.CREATE_SHIPMENT,
          Action.RATE_SHIPMENT,
          Action.PURCHASE_LABEL,
          Action.VOID_LABEL,
          Action.REROUTE_SHIPMENT,
          Action.CREATE_RETURN,
          Action.SCHEDULE_PICKUP,
          Action.CREATE_MANIFEST,
          Action.BATCH_PURCHASE,
          Action.FILE_CLAIM);
  private static final Set<Action> BILLING =
      EnumSet.of(
          Action.MANAGE_BILLING,
          Action.ADJUST_LEDGER,
          Action.RUN_RECONCILIATION,
          Action.FILE_CLAIM);

  private final Map<String, String> tenantPolicies = new HashMap<>();
  private final CedarPolicyDecisionPoint pdp =
      new CedarPolicyDecisionPoint(
          BasePolicies.load(), tenantId -> Optional.ofNullable(tenantPolicies.get(tenantId)));

  @ParameterizedTest
  @EnumSource(Action.class)
  void adminDoesEveryTenantActionButNoPlatformAction(Action action) {
    Decision decision = decide(key("admin"), action, ResourceType.SHIPMENT, TENANT);

    assertThat(decision.allowed()).as("%s: %s", action, decision).isEqualTo(!action.isPlatform());
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void shipperDoesReadsAndShippingOnly(Action action) {
    Decision decision = decide(key("shipper"), action, ResourceType.SHIPMENT, TENANT);

    assertThat(decision.allowed())
        .as("%s: %s", action, decision)
        .isEqualTo(READS.contains(action) || SHIPPER.contains(action));
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void billingDoesReadsAndMoneyOnly(Action action) {
    Decision decision = decide(key("billing"), action, ResourceType.WALLET, TENANT);

    assertThat(decision.allowed())
        .as("%s: %s", action, decision)
        .isEqualTo(READS.contains(action) || BILLING.contains(action));
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void viewerOnlyReadsAndLists(Action action) {
    Decision decision = decide(key("viewer"), action, ResourceType.SHIPMENT, TENANT);

    assertThat(decision.allowed())
        .as("%s: %s", action, decision)
        .isEqualTo(action == Action.READ || action == Action.LIST);
  }

  @Test
  void aKeyWithoutAKnownRoleDoesNothing() {
    assertThat(decide(key("intern"), Action.READ, ResourceType.SHIPMENT, TENANT).outcome())
        .isEqualTo(Decision.Outcome.DENY);
  }

  @Test
  void auditRecordsApiKeysAndPoliciesAreReadableOnlyByAdmins() {
    for (ResourceType type :
        EnumSet.of(ResourceType.AUDIT_RECORD, ResourceType.API_KEY, ResourceType.POLICY)) {
      assertThat(decide(key("admin"), Action.READ, type, TENANT).allowed()).as("%s", type).isTrue();
      for (String role : Set.of("shipper", "billing", "viewer")) {
        assertThat(decide(key(role), Action.LIST, type, TENANT).allowed())
            .as("%s %s", role, type)
            .isFalse();
      }
    }
  }

  @Test
  void pricingRulesAreReadableByAdminsAndBillingOnly() {
    assertThat(decide(key("billing"), Action.LIST, ResourceType.PRICING_RULE, TENANT).allowed())
        .isTrue();
    assertThat(decide(key("viewer"), Action.LIST, ResourceType.PRICING_RULE, TENANT).allowed())
        .isFalse();
  }

  @Test
  void aTenantPrincipalIsForbiddenInAnotherTenantEvenWhenATenantPolicyPermitsEverything() {
    tenantPolicies.put(OTHER_TENANT, "permit (principal, action, resource);");
    tenantPolicies.put(TENANT, "permit (principal, action, resource);");

    Decision decision = decide(key("admin"), Action.READ, ResourceType.SHIPMENT, OTHER_TENANT);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DENY);
    assertThat(decision.reason()).contains("tenant_principals_stay_in_their_tenant");
  }

  @Test
  void aTenantPrincipalOnAPlatformRouteIsForbidden() {
    Decision decision = decide(key("admin"), Action.MANAGE_TENANTS, ResourceType.TENANT, null);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DENY);
  }

  @Test
  void aQuarantinedAdminIsDeniedEverything() {
    for (Action action : Action.values()) {
      Decision decision =
          pdp.decide(
              new AuthorizationRequest(
                  key("admin"),
                  true,
                  action,
                  new ResourceRef(ResourceType.SHIPMENT, "shp_1", TENANT),
                  CONTEXT));

      assertThat(decision.outcome()).as("%s", action).isEqualTo(Decision.Outcome.DENY);
      assertThat(decision.reason()).contains("quarantined_principals_are_stopped");
    }
  }

  @Test
  void aTenantForbidNarrowsWhatItsRolesMayDo() {
    tenantPolicies.put(
        TENANT,
        """
        @id("shippers_may_not_void")
        forbid (principal in Parceliq::Role::"shipper",
                action == Parceliq::Action::"void_label", resource);
        """);

    Decision voidByShipper =
        decide(key("shipper"), Action.VOID_LABEL, ResourceType.SHIPMENT, TENANT);
    Decision buyByShipper =
        decide(key("shipper"), Action.PURCHASE_LABEL, ResourceType.SHIPMENT, TENANT);
    Decision voidByAdmin = decide(key("admin"), Action.VOID_LABEL, ResourceType.SHIPMENT, TENANT);
    Decision voidElsewhere =
        pdp.decide(
            new AuthorizationRequest(
                Principal.apiKey(OTHER_TENANT, "key_b", "shipper"),
                false,
                Action.VOID_LABEL,
                new ResourceRef(ResourceType.SHIPMENT, "shp_1", OTHER_TENANT),
                CONTEXT));

    assertThat(voidByShipper.outcome()).isEqualTo(Decision.Outcome.DENY);
    assertThat(voidByShipper.reason()).contains("tenant.shippers_may_not_void");
    assertThat(buyByShipper.allowed()).isTrue();
    assertThat(voidByAdmin.allowed()).isTrue();
    assertThat(voidElsewhere.allowed()).as("another tenant's policies do not apply").isTrue();
  }

  @Test
  void aTenantPolicyThatErrsDeniesInsteadOfBeingSkipped() {
    tenantPolicies.put(
        TENANT, "forbid (principal, action, resource) when { principal.department == \"x\" };");

    Decision decision = decide(key("admin"), Action.READ, ResourceType.SHIPMENT, TENANT);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DENY);
    assertThat(decision.reason()).contains("evaluation failed");
  }

  @Test
  void tenantPoliciesCannotLockAdminsOutOfManagingPolicies() {
    tenantPolicies.put(TENANT, "forbid (principal, action, resource);");

    assertThat(decide(key("admin"), Action.READ, ResourceType.SHIPMENT, TENANT).allowed())
        .isFalse();
    assertThat(decide(key("admin"), Action.MANAGE_POLICIES, ResourceType.POLICY, TENANT).allowed())
        .isTrue();
  }

  @Test
  void aChangedTenantTextIsAppliedAtTheNextDecision() {
    assertThat(decide(key("admin"), Action.VOID_LABEL, ResourceType.SHIPMENT, TENANT).allowed())
        .isTrue();

    tenantPolicies.put(
        TENANT, "forbid (principal, action == Parceliq::Action::\"void_label\", resource);");

    assertThat(decide(key("admin"), Action.VOID_LABEL, ResourceType.SHIPMENT, TENANT).allowed())
        .isFalse();
  }

  @Test
  void thePlatformAdminDoesPlatformActionsOnly() {
    Principal admin = Principal.platformAdmin();

    assertThat(decide(admin, Action.MANAGE_TENANTS, ResourceType.TENANT, null).allowed()).isTrue();
    assertThat(decide(admin, Action.OPERATE_PLATFORM, ResourceType.PLATFORM, null).allowed())
        .isTrue();
    for (Action action : Action.values()) {
      if (!action.isPlatform()) {
        assertThat(decide(admin, action, ResourceType.WALLET, null).allowed())
            .as("%s", action)
            .isFalse();
        assertThat(decide(admin, action, ResourceType.SHIPMENT, TENANT).allowed())
            .as("%s in a tenant", action)
            .isFalse();
      }
    }
  }

  @Test
  void anUnmappedOperationIsDenied() {
    Decision decision =
        pdp.decide(new AuthorizationRequest(key("admin"), false, null, null, CONTEXT));

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DENY);
  }

  @Test
  void unreadableTenantPoliciesAreUnavailableNotAllowed() {
    CedarPolicyDecisionPoint broken =
        new CedarPolicyDecisionPoint(
            BasePolicies.load(),
            tenantId -> {
              throw new IllegalStateException("database down");
            });

    Decision decision =
        broken.decide(
            new AuthorizationRequest(
                key("admin"),
                false,
                Action.READ,
                new ResourceRef(ResourceType.SHIPMENT, "shp_1", TENANT),
                CONTEXT));

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);
  }

  private Decision decide(Principal principal, Action action, ResourceType type, String tenant) {
    return pdp.decide(
        new AuthorizationRequest(
            principal, false, action, new ResourceRef(type, "obj_1", tenant), CONTEXT));
  }

  private static Principal key(String role) {
    return Principal.apiKey(TENANT, "key_1", role);
  }
}
