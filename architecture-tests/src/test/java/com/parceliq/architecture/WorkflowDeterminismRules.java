package com.parceliq.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Workflow code is replayed: it must make the same decisions every time. Clocks, randomness,
 * threads and I/O belong in activities; workflows use Workflow.currentTimeMillis,
 * Workflow.randomUUID and Workflow.sleep instead.
 */
final class WorkflowDeterminismRules {

  static final String WORKFLOWS = "com.parceliq.workflows..";

  static final ArchRule NO_WALL_CLOCK =
      noClasses()
          .that()
          .resideInAPackage(WORKFLOWS)
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "a java.time now() method",
                  call ->
                      call.getName().equals("now")
                          && call.getTargetOwner().getPackageName().startsWith("java.time")))
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.time.Clock")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.time.InstantSource");

  static final ArchRule NO_RANDOMNESS =
      noClasses()
          .that()
          .resideInAPackage(WORKFLOWS)
          .should()
          .callMethod(java.util.UUID.class, "randomUUID")
          .orShould()
          .callMethod(Math.class, "random")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.util.Random.class)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.parceliq.domain.Ids");

  static final ArchRule NO_THREADS =
      noClasses()
          .that()
          .resideInAPackage(WORKFLOWS)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Thread.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("java.util.concurrent..");

  static final ArchRule NO_IO_OR_FRAMEWORK =
      noClasses()
          .that()
          .resideInAPackage(WORKFLOWS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.nio..",
              "java.net..",
              "java.sql..",
              "io.quarkus..",
              "org.hibernate..",
              "jakarta.persistence..");

  private WorkflowDeterminismRules() {}
}
