package com.parceliq.workflows.batch;

/** Why a batch stops buying before its queue is empty; the rest fails with this. */
record StopReason(String errorCode, String message) {}
