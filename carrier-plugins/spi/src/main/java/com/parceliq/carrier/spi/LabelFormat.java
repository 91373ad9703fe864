package com.parceliq.carrier.spi;

/** Label file formats; the file extension and media type follow from it. */
public enum LabelFormat {
  PDF("pdf", "application/pdf"),
  ZPL("zpl", "application/zpl"),
  PNG("png", "image/png");

  private final String extension;
  private final String mediaType;

  LabelFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
