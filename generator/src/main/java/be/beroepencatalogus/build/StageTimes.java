package be.beroepencatalogus.build;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** How long each named stage of a build took, in the order the stages ran. */
final class StageTimes {
  private final Map<String, Duration> times = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
    }
  }

  void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Duration> ordered() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(times));
  }
}
