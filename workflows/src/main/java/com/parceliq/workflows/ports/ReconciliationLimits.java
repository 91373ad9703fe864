package com.parceliq.workflows.ports;

/** Tracking codes per classification page, and pages before the workflow continues as new. */
public record ReconciliationLimits(int pageSize, int pagesPerRun) {}
