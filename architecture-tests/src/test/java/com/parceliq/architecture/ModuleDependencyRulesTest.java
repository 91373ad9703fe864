package com.parceliq.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.parceliq.api.auth.CarrierSignedRoute;
import com.parceliq.carrier.spi.CarrierWebhookException;
import com.parceliq.carrier.spi.CarrierWebhookParser;
import com.parceliq.carrier.spi.TrackingEvent;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN.md. ArchUnit fails a rule whose "that" part selects no class
 * (failOnEmptyShould), so a renamed package cannot make a rule pass silently.
 */
class ModuleDependencyRulesTest {

  private static final String DOMAIN = "com.parceliq.domain..";
  private static final String CARRIER_PLUGINS = "com.parceliq.carrier..";
  private static final String CARRIER_SPI = "com.parceliq.carrier.spi..";
  private static final String SIMULATOR = "com.parceliq.simulator..";
  private static final String TEMPORAL = "com.parceliq.temporal..";
  private static final String WORKFLOWS = "com.parceliq.workflows..";
  private static final String STORE = "com.parceliq.store..";
  private static final String ACTIVITIES = "com.parceliq.activities..";
  private static final String API = "com.parceliq.api..";
  private static final String WORKERS = "com.parceliq.workers..";
  private static final String API_CARRIER_WEBHOOKS = "com.parceliq.api.carrierwebhooks..";
  private static final Class<?>[] WEBHOOK_PARSING_TYPES = {
    CarrierWebhookParser.class,
    CarrierWebhookException.class,
    CarrierWebhookException.Kind.class,
    TrackingInfo.class,
    TrackingEvent.class,
    TrackingStatus.class
  };

  @Test
  void domainDependsOnNothingButTheJdk() {
    check(
        noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(DOMAIN, "java.."));
  }

  @Test
  void carrierSpiSeesOnlyTheDomain() {
    check(
        noClasses()
            .that()
            .resideInAPackage(CARRIER_SPI)
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(CARRIER_SPI, DOMAIN, "java.."));
  }

  @Test
  void carrierPluginsNeverSeeTemporalOrTheApplication() {
    check(
        noClasses()
            .that()
            .resideInAPackage(CARRIER_PLUGINS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.temporal..",
                "io.quarkus..",
                "jakarta.persistence..",
                TEMPORAL,
                WORKFLOWS,
                STORE,
                ACTIVITIES,
                API,
                WORKERS));
  }

  @Test
  void simulatorIsAStandaloneServer() {
    check(
        noClasses()
            .that()
            .resideInAPackage(SIMULATOR)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                DOMAIN, CARRIER_PLUGINS, TEMPORAL, WORKFLOWS, STORE, ACTIVITIES, API, WORKERS));
  }

  @Test
  void workflowsSeeNoFrameworkStoreOrCarrier() {
    check(
        noClasses()
            .that()
            .resideInAPackage(WORKFLOWS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.quarkus..",
                "jakarta..",
                "org.hibernate..",
                "com.fasterxml..",
                "software.amazon..",
                CARRIER_PLUGINS,
                STORE,
                ACTIVITIES,
                API,
                WORKERS));
  }

  @Test
  void temporalWiringKnowsNoBusinessModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage(TEMPORAL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WORKFLOWS, STORE, ACTIVITIES, API, WORKERS, CARRIER_PLUGINS));
  }

  @Test
  void storeKnowsNoWorkflowOrApplication() {
    check(
        noClasses()
            .that()
            .resideInAPackage(STORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WORKFLOWS, TEMPORAL, ACTIVITIES, API, WORKERS, CARRIER_PLUGINS));
  }

  @Test
  void activitiesAreNotAnApplication() {
    check(
        noClasses()
            .that()
            .resideInAPackage(ACTIVITIES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(API, WORKERS));
  }

  /**
   * The API may read carriers' tracking pushes (verify and parse them with the SPI's webhook types)
   * and nothing else of a carrier: calls to carriers run in activities.
   */
  @Test
  void apiNeverCallsACarrierOrRunsActivities() {
    check(
        noClasses()
            .that()
            .resideInAPackage(API)
            .should()
            .dependOnClassesThat(
                resideInAnyPackage(CARRIER_PLUGINS, ACTIVITIES, WORKERS)
                    .and(not(belongToAnyOf(WEBHOOK_PARSING_TYPES)))));
  }

  @Test
  void onlyTheCarrierWebhookEndpointParsesCarrierPushes() {
    check(
        noClasses()
            .that()
            .resideInAPackage(API)
            .and()
            .resideOutsideOfPackage(API_CARRIER_WEBHOOKS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(CARRIER_PLUGINS));
  }

  /** The API-key filter's one exemption stays on the carrier webhook endpoint. */
  @Test
  void onlyCarrierWebhooksSkipApiKeys() {
    check(
        classes()
            .that()
            .areAnnotatedWith(CarrierSignedRoute.class)
            .should()
            .resideInAPackage(API_CARRIER_WEBHOOKS));
  }

  private static void check(ArchRule rule) {
    rule.check(ParcelIqClasses.all());
  }
}
