package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.temporal.TaskQueues;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueSelectionTest {

  @Test
  void withoutConfigurationOneProcessPollsEveryQueue() {
    QueueSelection selection = QueueSelection.of(Optional.empty());

    assertThat(selection.polls(TaskQueues.SHIPPING)).isTrue();
    assertThat(selection.polls(TaskQueues.carrier("ups"))).isTrue();
  }

  @Test
  void aGroupPollsItsNamedQueuesAndCarrierWildcard() {
    QueueSelection selection =
        QueueSelection.of(Optional.of(List.of(" shipping", "billing", "carrier-*")));

    assertThat(selection.polls(TaskQueues.SHIPPING)).isTrue();
    assertThat(selection.polls(TaskQueues.BILLING)).isTrue();
    assertThat(selection.polls(TaskQueues.carrier("fedex"))).isTrue();
    assertThat(selection.polls(TaskQueues.WEBHOOKS)).isFalse();
  }

  @Test
  void oneCarrierQueueCanBeChosenAlone() {
    QueueSelection selection = QueueSelection.of(Optional.of(List.of("carrier-ups")));

    assertThat(selection.polls(TaskQueues.carrier("ups"))).isTrue();
    assertThat(selection.polls(TaskQueues.carrier("fedex"))).isFalse();
  }

  @Test
  void aMisspelledQueueStopsTheWorkerNamingTheKey() {
    assertThatThrownBy(() -> QueueSelection.of(Optional.of(List.of("webhook"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(QueueSelection.KEY)
        .hasMessageContaining("'webhook'");
  }
}
