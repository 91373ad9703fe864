package com.parceliq.api.error;

import com.parceliq.domain.ErrorCode;

/** Errors the HTTP layer raises before any of our code runs: routing, media types, sizes. */
public final class HttpErrors {

  private HttpErrors() {}

  public static ApiError forStatus(int status) {
    return switch (status) {
      case 400 -> ErrorStatus.error(ErrorCode.REQUEST_MALFORMED, "The request is malformed.");
      case 401 ->
          ErrorStatus.error(
              ErrorCode.AUTH_UNAUTHENTICATED, "Send Authorization: Bearer <your API key>.");
      case 403 ->
          ErrorStatus.error(ErrorCode.AUTH_FORBIDDEN, "This credential may not call this route.");
      case 404 -> notFound();
      case 405 ->
          ApiError.of(
              405, "REQUEST.METHOD_NOT_ALLOWED", "This method is not allowed on this path.");
      case 406 ->
          ApiError.of(
              406, "REQUEST.NOT_ACCEPTABLE", "This resource only answers application/json.");
      case 413 -> ApiError.of(413, "REQUEST.TOO_LARGE", "The request body is too large.");
      case 415 ->
          ApiError.of(
              415, "REQUEST.UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json.");
      case 503 -> ErrorStatus.error(ErrorCode.DEPENDENCY_UNAVAILABLE, Messages.UNAVAILABLE);
      default ->
          status >= 400 && status < 500
              ? ApiError.of(status, "REQUEST.REJECTED", "The request was rejected.")
              : ErrorStatus.error(ErrorCode.INTERNAL, Messages.INTERNAL);
    };
  }

  public static ApiError notFound() {
    return ErrorStatus.error(ErrorCode.NOT_FOUND, "There is no resource at this path.");
  }
}
