package com.parceliq.api.error;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Whether an S3 call failed because the object store is unreachable or failing (no answer, a
 * timeout, or a 5xx such as 503 SlowDown), not because of what was asked. Routes that read an
 * object map their own refusals (no such key is the client's 404 or 422); this catches the calls
 * that do not, such as the first call of an upload, so an outage is never a 500.
 */
final class ObjectStoreErrors {

  private ObjectStoreErrors() {}

  static boolean isUnavailable(Throwable failure) {
    return CauseChain.of(failure)
        .anyMatch(
            current ->
                current instanceof ApiCallTimeoutException
                    || current instanceof ApiCallAttemptTimeoutException
                    || (current instanceof AwsServiceException service
                        && service.statusCode() >= 500)
                    // A client-side failure is an outage only when it is I/O (connection refused,
                    // reset, ...): a request the SDK could not even build is our bug and stays 500.
                    || (current instanceof SdkClientException
                        && CauseChain.of(current).anyMatch(IOException.class::isInstance)));
  }
}
