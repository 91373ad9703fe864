package com.parceliq.api.authz.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.auth.CarrierSignedRoute;
import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteValidatorTest {

  @Path("/v1/things")
  public static class MappedThings {
    @GET
    @RouteAction(value = Action.LIST, resource = ResourceType.SHIPMENT)
    public String list() {
      return "";
    }

    @GET
    @Path("/{id}")
    @RouteAction(value = Action.READ, resource = ResourceType.SHIPMENT, idParam = "id")
    public String get(String id) {
      return id;
    }

    /** Not a route: no HTTP method. */
    public String helper() {
      return "";
    }
  }

  @Path("/v1/things")
  public static class UnmappedRoute {
    @DELETE
    @Path("/{id}")
    public void delete(String id) {}
  }

  @Path("/v1/things")
  public static class BadIdParam {
    @GET
    @Path("/{id}")
    @RouteAction(value = Action.READ, resource = ResourceType.SHIPMENT, idParam = "thing_id")
    public String get(String id) {
      return id;
    }
  }

  @Path("/v1/things")
  public static class PlatformActionOnATenantRoute {
    @POST
    @RouteAction(value = Action.MANAGE_TENANTS, resource = ResourceType.TENANT)
    public void create() {}
  }

  @Path("/v1/ops/things")
  @PlatformAdminRoute
  public static class TenantActionOnAPlatformRoute {
    @POST
    @RouteAction(value = Action.ADJUST_LEDGER, resource = ResourceType.LEDGER)
    public void adjust() {}
  }

  @Path("/v1/ops/principals/{principal_id}/quarantine")
  @PlatformAdminRoute
  public static class PlatformRouteWithClassLevelParam {
    @POST
    @RouteAction(
        value = Action.OPERATE_PLATFORM,
        resource = ResourceType.PLATFORM,
        idParam = "principal_id")
    public void quarantine(String principalId) {}
  }

  @Path("/v1/carrier_webhooks/{carrier}")
  @CarrierSignedRoute
  public static class SignedWebhooks {
    @POST
    public void receive(String carrier) {}
  }

  @Test
  void mappedRoutesBuildARegistryThatKnowsEachOne() throws Exception {
    RouteRegistry registry =
        RouteValidator.build(List.of(MappedThings.class, PlatformRouteWithClassLevelParam.class));

    assertThat(registry.size()).isEqualTo(3);
    RegisteredRoute get = registry.find(MappedThings.class.getMethod("get", String.class)).get();
    assertThat(get.action()).isEqualTo(Action.READ);
    assertThat(get.idParam()).isEqualTo("id");
    assertThat(registry.find(MappedThings.class.getMethod("helper"))).isEmpty();
  }

  @Test
  void anUnmappedRouteRefusesStartupNamingTheMethod() {
    assertThatThrownBy(() -> RouteValidator.build(List.of(MappedThings.class, UnmappedRoute.class)))
        .isInstanceOf(InvalidRouteRegistryException.class)
        .hasMessageContaining("UnmappedRoute#delete")
        .hasMessageContaining("no @RouteAction");
  }

  @Test
  void anIdParamThatIsNoPathParameterRefusesStartup() {
    assertThatThrownBy(() -> RouteValidator.build(List.of(BadIdParam.class)))
        .isInstanceOf(InvalidRouteRegistryException.class)
        .hasMessageContaining("BadIdParam#get")
        .hasMessageContaining("thing_id");
  }

  @Test
  void platformActionsOnlyOnPlatformRoutesAndViceVersa() {
    assertThatThrownBy(
            () ->
                RouteValidator.build(
                    List.of(
                        PlatformActionOnATenantRoute.class, TenantActionOnAPlatformRoute.class)))
        .isInstanceOfSatisfying(
            InvalidRouteRegistryException.class,
            e ->
                assertThat(e.violations())
                    .hasSize(2)
                    .anySatisfy(v -> assertThat(v).contains("PlatformActionOnATenantRoute#create"))
                    .anySatisfy(
                        v -> assertThat(v).contains("TenantActionOnAPlatformRoute#adjust")));
  }

  @Test
  void carrierSignedRoutesAreKnownAsSignatureAuthenticated() throws Exception {
    RouteRegistry registry = RouteValidator.build(List.of(SignedWebhooks.class));

    RegisteredRoute route =
        registry.find(SignedWebhooks.class.getMethod("receive", String.class)).get();
    assertThat(route.signatureAuthenticated()).isTrue();
    assertThat(route.action()).isNull();
  }

  @Test
  void everyViolationIsListedNotJustTheFirst() {
    assertThatThrownBy(() -> RouteValidator.build(List.of(UnmappedRoute.class, BadIdParam.class)))
        .isInstanceOfSatisfying(
            InvalidRouteRegistryException.class, e -> assertThat(e.violations()).hasSize(2));
  }
}
