package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.LabelFormat;
import java.util.Optional;

/** Label formats: what to ask a carrier for, and what a stored format name stands for. */
public final class LabelFormats {

  private LabelFormats() {}

  /** PDF when the carrier offers it (the API promises PDF labels), else its first format. */
  public static LabelFormat preferred(CarrierDescriptor carrier) {
    if (carrier.labelFormats().isEmpty() || carrier.labelFormats().contains(LabelFormat.PDF)) {
      return LabelFormat.PDF;
    }
    return carrier.labelFormats().stream().sorted().findFirst().orElseThrow();
  }

  /** The format whose file extension is {@code extension} ("pdf", "zpl", "png"). */
  public static Optional<LabelFormat> byExtension(String extension) {
    for (LabelFormat format : LabelFormat.values()) {
      if (format.extension().equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
