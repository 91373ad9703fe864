package com.parceliq.store.blob;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class S3SettingsTest {

  private static S3Settings settingsFromEnv(Map<String, String> env) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(S3Settings.class)
            .withSources(new EnvConfigSource(env, 300))
            .build();
    return config.getConfigMapping(S3Settings.class);
  }

  @Test
  void defaultsPointAtTheLocalS3Server() {
    S3Settings settings = settingsFromEnv(Map.of());

    assertThat(settings.endpoint()).contains("http://127.0.0.1:9000");
    assertThat(settings.region()).isEqualTo("us-east-1");
    assertThat(settings.labelsBucket()).isEqualTo("parceliq-labels");
    assertThat(S3ClientProducer.serviceConfiguration(settings).pathStyleAccessEnabled()).isTrue();
  }

  @Test
  void emptyEndpointMeansRealAwsWithVirtualHostedBuckets() {
    S3Settings settings = settingsFromEnv(Map.of("PARCELIQ_S3_ENDPOINT", ""));

    assertThat(settings.endpoint()).isEmpty();
    assertThat(S3ClientProducer.serviceConfiguration(settings).pathStyleAccessEnabled()).isFalse();
  }

  @Test
  void keysSelectStaticCredentialsAndTheirAbsenceTheDefaultChain() {
    S3Settings withKeys =
        settingsFromEnv(
            Map.of("PARCELIQ_S3_ACCESS_KEY", "parceliq", "PARCELIQ_S3_SECRET_KEY", "secret"));
    S3Settings withoutKeys = settingsFromEnv(Map.of());

    assertThat(S3ClientProducer.credentials(withKeys))
        .isInstanceOf(StaticCredentialsProvider.class);
    assertThat(S3ClientProducer.credentials(withKeys).resolveCredentials().accessKeyId())
        .isEqualTo("parceliq");
    assertThat(S3ClientProducer.credentials(withoutKeys))
        .isInstanceOf(DefaultCredentialsProvider.class);
  }
}
