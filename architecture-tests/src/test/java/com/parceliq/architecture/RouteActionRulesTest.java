package com.parceliq.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.parceliq.api.auth.CarrierSignedRoute;
import com.parceliq.api.authz.RouteAction;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;

/**
 * Every API route names its action for the policy decision point. The route registry checks the
 * same at startup; this rule fails the build before anything starts.
 */
class RouteActionRulesTest {

  private static final DescribedPredicate<JavaMethod> JAX_RS_ROUTE =
      DescribedPredicate.describe(
          "are JAX-RS resource methods (annotated with a @HttpMethod annotation)",
          method ->
              method.getAnnotations().stream()
                  .anyMatch(
                      annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class)));

  private static final DescribedPredicate<JavaMethod> OUTSIDE_CARRIER_SIGNED_CLASSES =
      DescribedPredicate.describe(
          "are not in a @CarrierSignedRoute class",
          method -> !method.getOwner().isAnnotatedWith(CarrierSignedRoute.class));

  @Test
  void everyRouteOutsideCarrierWebhooksCarriesRouteAction() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("com.parceliq.api..")
        .and()
        .arePublic()
        .and(JAX_RS_ROUTE)
        .and(OUTSIDE_CARRIER_SIGNED_CLASSES)
        .should()
        .beAnnotatedWith(RouteAction.class)
        .check(ParcelIqClasses.all());
  }
}
