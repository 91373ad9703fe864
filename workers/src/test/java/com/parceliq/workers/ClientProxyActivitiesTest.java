package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableBean;
import io.temporal.activity.ActivityInterface;
import io.temporal.common.metadata.POJOActivityImplMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import org.junit.jupiter.api.Test;

/**
 * The workers register CDI client proxies as activities. A proxy is a generated subclass of the
 * bean that declares only ArC's own interface, so this guards that Temporal still finds the port.
 */
class ClientProxyActivitiesTest {

  @ActivityInterface
  public interface Greeting {
    String greet(String name);
  }

  static class GreetingBean implements Greeting {
    @Override
    public String greet(String name) {
      return "hello " + name;
    }
  }

  /** The shape ArC generates for a bean's client proxy. */
  static class GreetingBeanClientProxy extends GreetingBean implements ClientProxy {
    @Override
    public Object arc_contextualInstance() {
      return this;
    }

    @Override
    public InjectableBean<?> arc_bean() {
      return null;
    }
  }

  @Test
  void temporalSeesExactlyThePortOfAClientProxy() {
    var metadata = POJOActivityImplMetadata.newInstance(GreetingBeanClientProxy.class);

    assertThat(metadata.getActivityMethods())
        .extracting(POJOActivityMethodMetadata::getActivityTypeName)
        .containsExactly("Greet");
  }
}
