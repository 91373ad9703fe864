package com.parceliq.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An invoice uploaded while S3 was down answered 500: the upload's first S3 call threw the SDK's
 * client exception, which no mapping knew (found by ApiUnderDependencyOutageIT). An unreachable or
 * failing object store is a 503 with Retry-After like any other dependency.
 */
class ObjectStoreErrorsTest {

  @Test
  void anUploadWhileS3RefusesConnectionsIsServiceUnavailable() {
    var refused =
        SdkClientException.create(
            "Unable to execute HTTP request: Connection refused",
            new ConnectException("Connection refused"));

    ApiError error = ErrorTranslator.translate(refused);

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.code()).isEqualTo("SERVICE.UNAVAILABLE");
    assertThat(error.retryAfterSeconds()).isNotNull();
  }

  @Test
  void anS3CallTimingOutOrAnsweringA5xxIsServiceUnavailable() {
    var timeout = ApiCallTimeoutException.create(2_000);
    var slowDown = S3Exception.builder().statusCode(503).message("SlowDown").build();

    assertThat(ErrorTranslator.translate(timeout).status()).isEqualTo(503);
    assertThat(ErrorTranslator.translate(new RuntimeException(slowDown)).status()).isEqualTo(503);
  }

  @Test
  void anS3RefusalOfTheRequestItselfStaysInternal() {
    var forbidden = S3Exception.builder().statusCode(403).message("AccessDenied").build();
    var unbuildable = SdkClientException.create("Unable to marshall request");

    assertThat(ErrorTranslator.translate(forbidden).status()).isEqualTo(500);
    assertThat(ErrorTranslator.translate(unbuildable).status()).isEqualTo(500);
  }
}
