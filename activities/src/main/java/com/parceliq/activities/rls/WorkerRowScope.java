package com.parceliq.activities.rls;

import com.parceliq.store.rls.AmbientRowScope;
import com.parceliq.store.rls.RowScope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The workers act for every tenant: each activity carries its tenant explicitly in its input and
 * filters by it, and the workers write what the workflows decided for any tenant. Row-level
 * security is the API's guard against a missing tenant filter; here it stays in the system scope.
 */
@ApplicationScoped
public class WorkerRowScope implements AmbientRowScope {

  private static final RowScope SYSTEM =
      RowScope.system("workers: every activity carries its tenant explicitly");

  @Override
  public RowScope current() {
    return SYSTEM;
  }
}
