package com.parceliq.simulator.http;

import java.util.OptionalLong;

/** Decides whether a path is inside a simulated outage; answers the seconds left if so. */
@FunctionalInterface
public interface OutageGate {

  OptionalLong secondsLeft(String path);
}
