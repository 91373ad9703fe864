package com.parceliq.api.authz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a route (a JAX-RS resource method) to the action it performs and the resource it acts on.
 * {@code idParam} names the path parameter that carries the resource id; empty for routes on the
 * collection (lists, creations). Every route carries one: the route registry refuses to start
 * otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RouteAction {

  Action value();

  ResourceType resource();

  String idParam() default "";
}
