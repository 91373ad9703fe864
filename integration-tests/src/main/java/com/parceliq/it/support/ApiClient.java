package com.parceliq.it.support;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** A small HTTP client bound to one base URL (the API or the carrier simulator). */
public final class ApiClient {

  /**
   * Long enough for a purchase whose carrier call is retried with backoff; scenarios that need more
   * (a worker crash) set their own.
   */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

  private final URI baseUrl;
  private final HttpClient http;

  public ApiClient(URI baseUrl) {
    this(baseUrl, builder());
  }

  private ApiClient(URI baseUrl, HttpClient.Builder http) {
    this.baseUrl = baseUrl;
    this.http = http.build();
  }

  /**
   * A client whose connections come from this local address (e.g. 127.0.0.77), so that the API sees
   * it as a client address of its own: how tests tell clients apart on loopback.
   */
  public static ApiClient from(URI baseUrl, InetAddress localAddress) {
    return new ApiClient(baseUrl, builder().localAddress(localAddress));
  }

  private static HttpClient.Builder builder() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL);
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public ApiRequest get(String path) {
    return request("GET", path);
  }

  public ApiRequest post(String path) {
    return request("POST", path);
  }

  public ApiRequest delete(String path) {
    return request("DELETE", path);
  }

  /** A request to an absolute URL, e.g. a presigned label URL on the S3 server. */
  public ApiRequest absolute(String method, URI url) {
    return new ApiRequest(http, method, url, DEFAULT_TIMEOUT);
  }

  public ApiRequest request(String method, String path) {
    return new ApiRequest(http, method, URI.create(baseUrl + path), DEFAULT_TIMEOUT);
  }
}
