package com.parceliq.api.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resource class of carrier webhooks: carriers send no API key, each request proves
 * itself with the carrier's signature, which the resource verifies before it does anything. The
 * API-key filter skips only classes carrying this; architecture tests keep it on that one class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CarrierSignedRoute {}
