package com.parceliq.it.bench.bare;

import io.temporal.activity.ActivityInterface;

/** An activity that does no work: what remains is Temporal's own dispatch cost. */
@ActivityInterface
public interface NoopActivity {

  String noop(String key);
}
