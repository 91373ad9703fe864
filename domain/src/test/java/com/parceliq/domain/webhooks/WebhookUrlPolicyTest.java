package com.parceliq.domain.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

  private final WebhookUrlPolicy strict = WebhookUrlPolicy.of(false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1/hook",
        "https://127.8.9.10/hook",
        "https://10.1.2.3/hook",
        "https://172.16.0.1/hook",
        "https://172.31.255.254/hook",
        "https://192.168.1.20/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/hook",
        "https://100.127.255.1/hook",
        "https://0.0.0.0/hook",
        "https://0.1.2.3/hook",
        "https://224.0.0.1/hook",
        "https://255.255.255.255/hook",
        "https://[::1]/hook",
        "https://[::]/hook",
        "https://[fe80::1]/hook",
        "https://[febf::1]/hook",
        "https://[fc00::1]/hook",
        "https://[fd12:3456::1]/hook",
        "https://[ff02::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::ffff:10.0.0.1]/hook",
        "https://[::ffff:169.254.169.254]/hook",
        "https://[::ffff:7f00:1]/hook",
        "https://localhost/hook",
      })
  void strictPolicyRefusesEveryNonPublicAddress(String url) {
    assertThat(strict.refusal(url)).as(url).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://93.184.216.34/hook",
        "https://8.8.8.8:8443/hooks/parceliq?x=1",
        "https://172.15.255.255/hook",
        "https://172.32.0.1/hook",
        "https://100.63.255.255/hook",
        "https://100.128.0.1/hook",
        "https://169.253.1.1/hook",
        "https://[2606:4700:4700::1111]/hook",
      })
  void strictPolicyAcceptsPublicHttpsAddresses(String url) {
    assertThat(strict.refusal(url)).as(url).isEmpty();
  }

  @Test
  void strictPolicyRefusesPlainHttpEvenToAPublicAddress() {
    assertThat(strict.refusal("http://93.184.216.34/hook")).contains("must use https");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a url",
        "ftp://93.184.216.34/hook",
        "/relative/hook",
        "https:///nohost",
        "https://user:pass@93.184.216.34/hook"
      })
  void malformedUrlsAreRefusedWhateverTheMode(String url) {
    assertThat(strict.refusal(url)).as(url).isPresent();
    assertThat(WebhookUrlPolicy.of(true).refusal(url)).as(url).isPresent();
  }

  @Test
  void aNameIsJudgedByEveryAddressItResolvesTo() throws Exception {
    InetAddress publicOne = InetAddress.getByName("93.184.216.34");
    InetAddress privateOne = InetAddress.getByName("10.0.0.7");
    WebhookUrlPolicy mixed =
        new WebhookUrlPolicy(false, host -> new InetAddress[] {publicOne, privateOne});
    WebhookUrlPolicy publicOnly =
        new WebhookUrlPolicy(false, host -> new InetAddress[] {publicOne});

    assertThat(mixed.refusal("https://hooks.example.com/in")).get().asString().contains("10.0.0.7");
    assertThat(publicOnly.refusal("https://hooks.example.com/in")).isEmpty();
  }

  @Test
  void aNameThatDoesNotResolveIsRefused() {
    WebhookUrlPolicy nowhere =
        new WebhookUrlPolicy(
            false,
            host -> {
              throw new UnknownHostException(host);
            });
    assertThat(nowhere.refusal("https://gone.example.com/in")).get().asString().contains("resolve");
  }

  @Test
  void devModeAllowsLoopbackAndPlainHttp() {
    WebhookUrlPolicy dev = WebhookUrlPolicy.of(true);
    assertThat(dev.refusal("http://127.0.0.1:9999/hook")).isEmpty();
    assertThat(dev.refusal("http://localhost:9999/hook")).isEmpty();
  }
}
