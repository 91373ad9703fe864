package com.parceliq.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses a NUL character ({@code \u0000}) in any string of a JSON request body, values and map
 * keys alike. PostgreSQL cannot store NUL in text or jsonb, so a shipment whose reference or
 * options held one was accepted by the API and then failed in the worker on every retry, leaving
 * the caller a 503 after the purchase timeout and a workflow retrying for ever (found by the API
 * fuzzer, docs/fuzzing.md). Refused here, the caller gets a 400 naming the field.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

  public static final String FIELD_MESSAGE = "must not contain the NUL character (\\u0000)";

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("nul-free-strings");
    module.addDeserializer(String.class, new Values());
    module.addKeyDeserializer(String.class, new Keys());
    mapper.registerModule(module);
  }

  /** Thrown for a NUL; Jackson adds the field path on its way out (JsonErrors renders it). */
  public static final class NulCharacterException extends InvalidFormatException {

    NulCharacterException(JsonParser parser, String value) {
      super(parser, FIELD_MESSAGE, value, String.class);
    }
  }

  private static String checked(JsonParser parser, String value) throws NulCharacterException {
    if (value != null && value.indexOf('\0') >= 0) {
      throw new NulCharacterException(parser, value);
    }
    return value;
  }

  private static final class Values extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return checked(parser, super.deserialize(parser, context));
    }
  }

  private static final class Keys extends KeyDeserializer {

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      return checked(context.getParser(), key);
    }
  }
}
