package com.parceliq.api.error;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
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
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = failure;
        current != null && seen.add(current);
        current = current.getCause()) {
      if (current instanceof ApiCallTimeoutException
          || current instanceof ApiCallAttemptTimeoutException) {
        return true;
      }
      if (current instanceof AwsServiceException service && service.statusCode() >= 500) {
        return true;
      }
      // A client-side failure is an outage only when it is I/O (connection refused, reset, ...):
      // a request the SDK could not even build is our bug and stays a 500.
      if (current instanceof SdkClientException && hasIoCause(current)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasIoCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = failure;
        current != null && seen.add(current);
        current = current.getCause()) {
      if (current instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
