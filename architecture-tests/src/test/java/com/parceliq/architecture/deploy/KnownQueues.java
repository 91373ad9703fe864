package com.parceliq.architecture.deploy;

import com.parceliq.temporal.TaskQueues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every task queue a worker registers: the named ones of {@link TaskQueues} and one per carrier
 * plugin in the repository (each plugin's {@code CODE}).
 */
final class KnownQueues {

  private static final Pattern CARRIER_CODE =
      Pattern.compile("public static final String CODE = \"([a-z0-9-]+)\"");

  private KnownQueues() {}

  static Set<String> all(Repository repository) {
    Set<String> queues = new TreeSet<>();
    for (Field field : TaskQueues.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          queues.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    carrierCodes(repository).forEach(code -> queues.add(TaskQueues.carrier(code)));
    return queues;
  }

  /** Whether a worker configured with this parceliq.workers.task-queues value polls the queue. */
  static boolean polls(List<String> selection, String queue) {
    return selection.isEmpty()
        || selection.contains(queue)
        || (queue.startsWith(TaskQueues.carrier(""))
            && selection.contains(TaskQueues.carrier("*")));
  }

  private static Set<String> carrierCodes(Repository repository) {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(repository.path("carrier-plugins"))) {
      for (Path file :
          files
              .filter(path -> path.toString().endsWith("CarrierPlugin.java"))
              .filter(path -> path.toString().contains("/src/main/java/"))
              .toList()) {
        Matcher code = CARRIER_CODE.matcher(Files.readString(file));
        if (code.find()) {
          codes.add(code.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }
}
