package com.parceliq.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.workflows.fixture.NondeterministicWorkflowFixture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowDeterminismRulesTest {

  private static final List<ArchRule> RULES =
      List.of(
          WorkflowDeterminismRules.NO_WALL_CLOCK,
          WorkflowDeterminismRules.NO_RANDOMNESS,
          WorkflowDeterminismRules.NO_THREADS,
          WorkflowDeterminismRules.NO_IO_OR_FRAMEWORK);

  @Test
  void workflowCodeIsDeterministic() {
    RULES.forEach(rule -> rule.check(ParcelIqClasses.all()));
  }

  @Test
  void eachRuleCatchesAWorkflowThatBreaksIt() {
    JavaClasses fixture =
        new ClassFileImporter().importClasses(NondeterministicWorkflowFixture.class);
    for (ArchRule rule : RULES) {
      assertThatThrownBy(() -> rule.check(fixture))
          .as(rule.getDescription())
          .isInstanceOf(AssertionError.class);
    }
  }

  @Test
  void aRuleThatSelectsNoClassFails() {
    JavaClasses nothingInWorkflows = new ClassFileImporter().importClasses(ParcelIqClasses.class);
    assertThatThrownBy(() -> WorkflowDeterminismRules.NO_THREADS.check(nothingInWorkflows))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }
}
