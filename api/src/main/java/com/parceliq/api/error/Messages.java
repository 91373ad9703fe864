package com.parceliq.api.error;

/** Client-facing messages shared by several translators. */
final class Messages {

  static final String INTERNAL =
      "Something went wrong on our side. Quote the request_id when contacting support.";
  static final String UNAVAILABLE =
      "A service ParcelIQ depends on is unavailable. Retry after the Retry-After delay.";
  static final String STILL_RUNNING =
      "The operation is still in progress. Retry with the same Idempotency-Key to get its result.";
  static final String RECOVERING =
      "The operation's workflow is recovering from a worker restart. Retry after the Retry-After"
          + " delay with the same Idempotency-Key.";
  static final String MALFORMED_JSON = "The request body is not valid JSON.";
  static final String NUL_CHARACTER = "The request body contains a NUL character.";
  static final String WRONG_TYPES = "The request body has values of the wrong type.";

  private Messages() {}
}
