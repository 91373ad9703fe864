package com.parceliq.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.Json;
import org.junit.jupiter.api.Test;

/** The carrier-label and API-answer checks on forged inputs. */
class LabelAndResponseInvariantsTest {

  @Test
  void trackingCodeCreatedTwiceByTheCarrierIsADoubleLabel() {
    ObjectNode stats = Json.object();
    ObjectNode codes = stats.putObject("by_tracking_code");
    codes.putObject("SBX1").put("created", 1).put("voided", 0);
    codes.putObject("SBX2").put("created", 2).put("voided", 0);

    assertThat(LabelInvariant.check(stats))
        .containsExactly(new Violation("labels", "SBX2", "the carrier created 2 labels"));
  }

  @Test
  void an500AnswerIsAViolationWithItsExchange() {
    ResponseTally tally = new ResponseTally();
    tally.record(200, false, "GET /v1/wallet -> HTTP 200");
    tally.record(500, false, "POST /v1/shipments -> HTTP 500");

    assertThat(ResponseInvariant.check(tally))
        .containsExactly(new Violation("responses", "HTTP 500", "POST /v1/shipments -> HTTP 500"));
  }

  @Test
  void an503WithoutRetryAfterIsAViolationButWithItIsFine() {
    ResponseTally tally = new ResponseTally();
    tally.record(503, true, "with Retry-After");
    tally.record(503, false, "without Retry-After");

    assertThat(ResponseInvariant.check(tally))
        .containsExactly(new Violation("responses", "HTTP 503", "without Retry-After"));
    assertThat(tally.statuses().get("503")).isEqualTo(2);
  }
}
