package com.parceliq.simulator.http;

/** One endpoint of the simulator. */
@FunctionalInterface
public interface ApiHandler {

  ApiResponse handle(ApiRequest request) throws ApiException;
}
