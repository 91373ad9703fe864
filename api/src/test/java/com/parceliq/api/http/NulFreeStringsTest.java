package com.parceliq.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ApiError;
import com.parceliq.api.error.JsonErrors;
import com.parceliq.api.http.NulFreeStrings.NulCharacterException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A NUL in a JSON body never reaches PostgreSQL: it is a 400 naming the field (docs/fuzzing.md).
 */
class NulFreeStringsTest {

  record Body(String reference, Map<String, String> options) {}

  private final ObjectMapper mapper = customized();

  @Test
  void aNulInAStringValueIsA400NamingTheField() {
    assertThatThrownBy(() -> mapper.readValue("{\"reference\":\"a\\u0000b\"}", Body.class))
        .isInstanceOfSatisfying(
            NulCharacterException.class,
            failure -> {
              ApiError error = JsonErrors.toApiError(failure);
              assertThat(error.status()).isEqualTo(400);
              assertThat(error.code()).isEqualTo("REQUEST.MALFORMED");
              assertThat(error.errors())
                  .singleElement()
                  .satisfies(field -> assertThat(field.field()).isEqualTo("reference"));
            });
  }

  @Test
  void aNulInAMapValueNamesTheEntry() {
    assertThatThrownBy(() -> mapper.readValue("{\"options\":{\"k\":\"v\\u0000\"}}", Body.class))
        .isInstanceOfSatisfying(
            NulCharacterException.class,
            failure ->
                assertThat(JsonErrors.toApiError(failure).errors().get(0).field())
                    .isEqualTo("options.k"));
  }

  @Test
  void aNulInAMapKeyIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"options\":{\"k\\u0000\":\"v\"}}", Body.class))
        .isInstanceOf(NulCharacterException.class);
  }

  @Test
  void textWithoutNulIsReadAsBefore() throws Exception {
    Body body =
        mapper.readValue("{\"reference\":\"a\\\\u0000\",\"options\":{\"k\":1}}", Body.class);

    assertThat(body.reference()).isEqualTo("a\\u0000");
    assertThat(body.options()).containsEntry("k", "1");
  }

  private static ObjectMapper customized() {
    ObjectMapper mapper = new ObjectMapper();
    new NulFreeStrings().customize(mapper);
    return mapper;
  }
}
