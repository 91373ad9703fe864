package com.parceliq.workflows.ports;

/**
 * @param pagesPerRun pages a workflow run archives before it continues as new ({@code
 *     parceliq.archival.pages-per-run}), so its history stays short however much is due
 * @param tenantsPerPage tenant ids listed per step
 */
public record ArchivalLimits(int pagesPerRun, int tenantsPerPage) {}
