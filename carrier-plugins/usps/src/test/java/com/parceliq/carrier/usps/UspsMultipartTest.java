package com.parceliq.carrier.usps;

import static com.parceliq.carrier.usps.UspsFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.CarrierException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class UspsMultipartTest {

  @Test
  void namedPartsAreFoundAndBase64FilesDecoded() {
    byte[] file = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 10, 13};
    String body =
        "--b1\r\nContent-Type: application/json\r\nContent-Disposition: form-data;"
            + " name=\"labelMetadata\"\r\n\r\n{\"trackingNumber\":\"1\"}\r\n--b1\r\n"
            + "Content-Type: image/png\r\nContent-Disposition: form-data; filename=\"l.png\";"
            + " name=\"labelImage\"\r\n\r\n"
            + Base64.getMimeEncoder().encodeToString(file)
            + "\r\n--b1--\r\n";

    List<UspsMultipart.Part> parts =
        UspsMultipart.parse(
            answer(
                200,
                "multipart/form-data; boundary=\"b1\"",
                body.getBytes(StandardCharsets.ISO_8859_1)));

    assertThat(parts).hasSize(2);
    assertThat(UspsMultipart.find(parts, "labelImage", false).orElseThrow().file()).isEqualTo(file);
    assertThat(UspsMultipart.find(parts, "labelMetadata", true).orElseThrow().name())
        .contains("labelMetadata");
  }

  @Test
  void rawFilePartIsTakenAsIs() {
    String body = "--b2\nContent-Type: application/zpl\n\n^XA^FDraw^FS^XZ\n--b2--\n";

    List<UspsMultipart.Part> parts =
        UspsMultipart.parse(
            answer(200, "multipart/mixed", body.getBytes(StandardCharsets.ISO_8859_1)));

    assertThat(new String(parts.get(0).file(), StandardCharsets.ISO_8859_1))
        .isEqualTo("^XA^FDraw^FS^XZ");
  }

  @Test
  void answerWithoutAnyBoundaryIsAnUnexpectedAnswer() {
    assertThatThrownBy(
            () ->
                UspsMultipart.parse(
                    answer(200, "multipart/mixed", "no parts".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CarrierException.class)
        .hasMessageContaining("boundary");
  }
}
