package com.parceliq.simulator.labels;

import com.parceliq.simulator.model.LabelFileFormat;

/** Renders a label file in the format the client asked for. */
public final class LabelRenderer {

  private LabelRenderer() {}

  public static byte[] render(LabelFileFormat format, LabelContent content) {
    return switch (format) {
      case PDF -> PdfLabel.render(content);
      case ZPL -> ZplLabel.render(content);
      case PNG -> PngLabel.render(content);
    };
  }
}
