package com.parceliq.api.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.authz.routes.RegisteredRoute;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouteMdcTest {

  @Path("/v1/things/")
  static class ThingResource {
    @GET
    public String list() {
      return "";
    }

    @POST
    @Path("/{id}/buy")
    public String buy() {
      return "";
    }
  }

  @AfterEach
  void clearMdc() {
    MDC.clear();
  }

  @Test
  void theRouteIsThePathTemplateNeverTheConcretePath() throws Exception {
    assertThat(RouteMdc.template(info("buy"))).isEqualTo("/v1/things/{id}/buy");
    assertThat(RouteMdc.template(info("list"))).isEqualTo("/v1/things");
  }

  @Test
  void actionAndResourceAreWhatAuthorizationDecidedWithTheIdWhenTheRouteNamesOne() {
    RegisteredRoute route =
        new RegisteredRoute("buy", Action.PURCHASE_LABEL, ResourceType.SHIPMENT, "id", false);

    RouteMdc.decided(route, new ResourceRef(ResourceType.SHIPMENT, "shp_1", "ten_1"));

    assertThat(MDC.get(RouteMdc.ACTION)).isEqualTo("purchase_label");
    assertThat(MDC.get(RouteMdc.RESOURCE)).isEqualTo("shipment:shp_1");
  }

  @Test
  void aRouteWithoutAnIdNamesOnlyTheResourceType() {
    RegisteredRoute route =
        new RegisteredRoute("list", Action.PURCHASE_LABEL, ResourceType.SHIPMENT, "", false);

    RouteMdc.decided(route, new ResourceRef(ResourceType.SHIPMENT, null, "ten_1"));

    assertThat(MDC.get(RouteMdc.RESOURCE)).isEqualTo("shipment");
  }

  private static ResourceInfo info(String methodName) throws NoSuchMethodException {
    Method method = ThingResource.class.getMethod(methodName);
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return ThingResource.class;
      }
    };
  }
}
