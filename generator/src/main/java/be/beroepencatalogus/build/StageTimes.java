package be.beroepencatalogus.build;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** How long each named stage of a build took, in the order the stages finished. Thread-safe: stages may overlap. */
final class StageTimes {
  private final Map<String, Duration> times = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      synchronized (times) {
        times.merge(stage, took, Duration::plus);
      }
    }
  }

  void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Duration> ordered() {
    synchronized (times) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(times));
    }
  }
}
