package com.parceliq.store.rls;

/**
 * The row scope of a connection acquired outside any {@link ScopedWork}: each application says what
 * its own code runs as (the API: the authenticated caller's tenant; the workers: system). Exactly
 * one bean per application; without one the application does not start.
 */
public interface AmbientRowScope {

  RowScope current();
}
