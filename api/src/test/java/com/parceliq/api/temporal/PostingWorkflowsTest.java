package com.parceliq.api.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.SearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;

class PostingWorkflowsTest {

  @Test
  void retriedPostingJoinsTheRunningOrCompletedWorkflowInsteadOfPostingAgain() {
    WorkflowOptions options = PostingWorkflows.options("deposit:ten_1:dep_1", "ten_1");

    assertThat(options.getWorkflowId()).isEqualTo("deposit:ten_1:dep_1");
    assertThat(options.getTaskQueue()).isEqualTo("shipping");
    assertThat(options.getWorkflowIdConflictPolicy())
        .isEqualTo(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING);
    assertThat(options.getWorkflowIdReusePolicy())
        .isEqualTo(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY);
    assertThat(options.getTypedSearchAttributes().get(SearchAttributes.TENANT_ID))
        .isEqualTo("ten_1");
  }
}
