package com.parceliq.workflows.batch;

import com.parceliq.domain.batch.BatchCounts;

/** A running batch purchase as the progress query sees it: live counts and what is in flight. */
public record BatchProgress(BatchCounts counts, int inFlight) {}
