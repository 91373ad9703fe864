package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StoredAnswersTest {

  private final StoredAnswers answers = new StoredAnswers(new ObjectMapper());

  @Test
  void replayedErrorNamesTheReplayingRequest() {
    String stored =
        "{\"error\":{\"code\":\"WALLET.INSUFFICIENT_FUNDS\",\"message\":\"short\",\"errors\":[],"
            + "\"request_id\":\"req_first\"}}";

    String replayed = answers.withRequestId(stored, "req_second");

    assertThat(replayed).contains("\"request_id\":\"req_second\"").doesNotContain("req_first");
    assertThat(replayed).contains("WALLET.INSUFFICIENT_FUNDS");
  }

  @Test
  void replayedSuccessIsReturnedByteForByte() {
    String stored = "{\"id\":\"shp_1\",  \"status\":\"created\"}";

    assertThat(answers.withRequestId(stored, "req_second")).isEqualTo(stored);
  }
}
