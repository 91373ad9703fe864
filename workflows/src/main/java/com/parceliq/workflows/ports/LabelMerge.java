package com.parceliq.workflows.ports;

import java.util.List;

/**
 * Labels to merge into one document: the label files at {@code labelKeys} (in the labels bucket,
 * each a PNG, PDF or ZPL file as its extension says) in that order, written as one {@code format}
 * document ({@code PDF} or {@code ZPL}) to {@code targetKey} of the tenant.
 */
public record LabelMerge(String tenantId, String format, String targetKey, List<String> labelKeys) {

  public LabelMerge {
    labelKeys = List.copyOf(labelKeys);
  }
}
