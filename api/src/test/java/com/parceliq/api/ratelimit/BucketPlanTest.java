package com.parceliq.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BucketPlanTest {

  @Test
  void aRateWithBurstHoldsTheBurstAndRefillsTheRateEverySecond() {
    BucketPlan plan = BucketPlan.perSecond(50, 100);

    assertThat(plan.capacity()).isEqualTo(100);
    assertThat(plan.refillTokens()).isEqualTo(50);
    assertThat(plan.period()).isEqualTo(Duration.ofSeconds(1));
    assertThat(plan.greedy()).isTrue();
  }

  @Test
  void aBurstBelowTheRateStillHoldsOneSecondOfRequests() {
    assertThat(BucketPlan.perSecond(10, 1).capacity()).isEqualTo(10);
  }

  @Test
  void aKeyLimitedToOnePerSecondIsRefusedItsSecondRequestForAboutASecond() {
    Bucket bucket =
        Bucket.builder()
            .addLimit(BucketPlan.perSecond(1, 1).configuration().getBandwidths()[0])
            .build();

    assertThat(bucket.tryConsume(1)).isTrue();
    var refused = bucket.tryConsumeAndReturnRemaining(1);

    assertThat(refused.isConsumed()).isFalse();
    assertThat(RetryAfter.seconds(refused.getNanosToWaitForRefill())).isEqualTo(1);
  }

  @Test
  void authenticationFailuresComeBackAllAtOnceAfterTheMinute() {
    Bucket bucket =
        Bucket.builder()
            .addLimit(BucketPlan.perMinute(3).configuration().getBandwidths()[0])
            .build();
    for (int i = 0; i < 3; i++) {
      assertThat(bucket.tryConsume(1)).isTrue();
    }

    var refused = bucket.tryConsumeAndReturnRemaining(1);

    assertThat(refused.isConsumed()).isFalse();
    assertThat(RetryAfter.seconds(refused.getNanosToWaitForRefill())).isBetween(59, 60);
  }

  @Test
  void aChangedPlanHasAnotherSignatureAndSoAnotherBucket() {
    assertThat(BucketPlan.perSecond(50, 100).signature())
        .isNotEqualTo(BucketPlan.perSecond(50, 200).signature())
        .isNotEqualTo(BucketPlan.perMinute(100).signature());
  }
}
