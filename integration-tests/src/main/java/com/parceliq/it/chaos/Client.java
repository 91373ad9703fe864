package com.parceliq.it.chaos;

import com.parceliq.it.support.ApiRequest;
import com.parceliq.it.support.ApiResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How the harness calls the API: like a careful real client. Every answer is tallied; an answer
 * that says "not yet" (503, 429, 409 in flight, 202 accepted, a timeout) is retried with the SAME
 * request, so the same Idempotency-Key, after Retry-After or a short backoff, until a definitive
 * answer or the budget runs out.
 */
public final class Client {

  private static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private final ResponseTally tally;

  public Client(ResponseTally tally) {
    this.tally = tally;
  }

  /** One attempt; empty when no answer came (timeout, refused connection). */
  public Optional<ApiResponse> once(ApiRequest request) {
    try {
      ApiResponse response = request.send();
      tally.record(response);
      return Optional.of(response);
    } catch (RuntimeException e) {
      tally.clientFailure(e);
      return Optional.empty();
    }
  }

  /**
   * Retries {@code request} (built afresh each time, with the same key) until {@code definitive}
   * accepts an answer; empty when the budget ran out first.
   */
  public Optional<ApiResponse> untilDefinitive(
      Supplier<ApiRequest> request, Predicate<ApiResponse> definitive, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    int attempt = 0;
    while (true) {
      Optional<ApiResponse> answer = once(request.get());
      if (answer.isPresent() && definitive.test(answer.get())) {
        return answer;
      }
      if (System.nanoTime() > deadline) {
        return Optional.empty();
      }
      sleep(waitBefore(answer, ++attempt));
    }
  }

  /** The default notion of a definitive answer: anything but "not yet". */
  public static boolean settled(ApiResponse response) {
    int status = response.status();
    if (status == 202 || status == 429 || status >= 500) {
      return false;
    }
    return status != 409 || !response.text().contains("IDEMPOTENCY.IN_FLIGHT");
  }

  private static Duration waitBefore(Optional<ApiResponse> answer, int attempt) {
    Duration backoff =
        Duration.ofMillis(Math.min(MAX_WAIT.toMillis(), 250L << Math.min(attempt, 5)));
    return answer
        .flatMap(response -> response.header("Retry-After"))
        .map(Client::seconds)
        .map(wait -> wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait)
        .orElse(backoff);
  }

  private static Duration seconds(String retryAfter) {
    try {
      return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
    } catch (NumberFormatException e) {
      return MAX_WAIT;
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
