package be.beroepencatalogus.search;

import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.SiteOutput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Exports what the browser needs to search without a server, split so that a query downloads only the
 * parts for its own words (under {@code /zoeken/index/}):
 *
 * <ul>
 *   <li>{@code meta.json}: where each part of the dictionary starts, the document ranges per type, the stop words;
 *   <li>{@code t/<n>.json}: a contiguous range of the sorted dictionary: words as written ({@code w}: word ->
 *       [stem or "" when the same, document frequency]), stems with their postings ({@code p}: document numbers
 *       and Lucene's weights, delta-encoded in a compact base-64 varint string), and display data ({@code d})
 *       of each stem's best documents, so that a one-word query needs no other file;
 *   <li>{@code d/<n>.json}: display data of all documents in fixed-size chunks, for results beyond those.
 * </ul>
 *
 * Everything is read from the Lucene index the CLI searches: the words with their document frequencies, the
 * stems, and per stem the documents with {@link SearchIndex#weights}, the score of the stem's one-term query, times
 * {@link #WEIGHT_SCALE}, rounded. Everything is sorted: the same content gives the same bytes.
 */
public final class BrowserIndexWriter {
  public static final String ROOT = "/zoeken/index/";
  static final int WEIGHT_SCALE = 1000;
  /** Display data of this many best documents per stem travel with it: one page of results (search.js shows 10). */
  static final int TOP_INLINE = 10;
  private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final ObjectMapper json = new ObjectMapper();

  /** Sizes of what was written, for the build report and benchmarks. */
  public record Stats(int shards, int chunks, long bytes) {
    public int files() {
      return shards + chunks + 1;
    }
  }

  /** Indexes the documents with Lucene, in memory, and exports that index. */
  public Stats write(List<SearchDoc> docs, Messages messages, SiteOutput out) {
    try (SearchIndex index = SearchIndex.buildWithoutDisplay(docs, new ByteBuffersDirectory())) {
      return write(index, docs, messages, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Exports {@code index}, made of {@code docs}: its words, stems and the weights the CLI ranks with. */
  Stats write(SearchIndex index, List<SearchDoc> docs, Messages messages, SiteOutput out) {
    Map<String, Integer> surfaces = index.surfaces();
    TreeSet<String> stems = index.stems();
    Map<String, String> postings = new ConcurrentHashMap<>();
    Map<String, List<Integer>> best = new ConcurrentHashMap<>();
    // Each stem is scored on its own, so on all cores; output order comes from the sorted keys.
    stems.parallelStream().forEach(stem -> {
      StemWeights weights = index.weights(stem);
      postings.put(stem, encode(weights));
      best.put(stem, best(weights, TOP_INLINE));
    });
    long postingBytes = postings.values().stream().mapToLong(String::length).sum();
    TreeSet<String> keys = new TreeSet<>(surfaces.keySet());
    keys.addAll(stems);
    long docBytes = docs.stream().mapToLong(d -> d.title().length() + d.path().length() + d.snippet().length() + 12).sum();
    long total = postingBytes + keys.size() * 16L + docBytes / 4;
    long target = Math.max(24_000, total / 120);

    // The dictionary is cut into shards in order; the shards (and the chunks below) are then serialised on all cores.
    List<String> shardStarts = new ArrayList<>();
    List<Shard> shards = new ArrayList<>();
    Shard shard = null;
    for (String key : keys) {
      if (shard == null || shard.size >= target) {
        shard = new Shard();
        shards.add(shard);
        shardStarts.add(key);
      }
      Integer df = surfaces.get(key);
      if (df != null) {
        String stem = index.stem(key);
        shard.words.put(key, List.of(stem.equals(key) ? "" : stem, df));
        shard.size += key.length() + stem.length() + 12;
      }
      String encoded = postings.get(key);
      if (encoded != null) {
        shard.postings.put(key, encoded);
        shard.size += key.length() + encoded.length() + 6;
        for (int number : best.get(key)) {
          if (!shard.display.containsKey(number)) {
            List<String> display = display(docs.get(number));
            shard.display.put(number, display);
            shard.size += display.stream().mapToInt(String::length).sum() + 16;
          }
        }
      }
    }
    long written = IntStream.range(0, shards.size()).parallel()
        .mapToLong(n -> writeJson(out, ROOT + "t/" + n + ".json", shards.get(n).toJson()))
        .sum();

    int chunkSize = Math.max(32, (docs.size() + 249) / 250);
    int chunks = (docs.size() + chunkSize - 1) / chunkSize;
    written += IntStream.range(0, chunks).parallel()
        .mapToLong(c -> writeJson(out, ROOT + "d/" + c + ".json",
            docs.subList(c * chunkSize, Math.min(docs.size(), (c + 1) * chunkSize)).stream().map(this::display).toList()))
        .sum();

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("version", 1);
    meta.put("docs", docs.size());
    meta.put("weightScale", WEIGHT_SCALE);
    meta.put("minPrefix", SearchQuery.MIN_PREFIX);
    meta.put("maxExpansions", SearchQuery.MAX_EXPANSIONS);
    meta.put("minTypoLength", SearchQuery.MIN_TYPO_LENGTH);
    meta.put("chunkSize", chunkSize);
    meta.put("page", TOP_INLINE);
    meta.put("types", types(docs, messages));
    meta.put("stopwords", stopwords());
    meta.put("shards", shardStarts);
    written += writeJson(out, ROOT + "meta.json", meta);
    return new Stats(shardStarts.size(), chunks, written);
  }

  private static final class Shard {
    final Map<String, List<Object>> words = new TreeMap<>();
    final Map<String, String> postings = new TreeMap<>();
    final Map<Integer, List<String>> display = new TreeMap<>();
    long size;

    Map<String, Object> toJson() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("w", words);
      map.put("p", postings);
      map.put("d", display);
      return map;
    }
  }

  private List<String> display(SearchDoc doc) {
    return List.of(doc.title(), doc.path(), doc.snippet(), doc.context());
  }

  private static List<Map<String, Object>> types(List<SearchDoc> docs, Messages messages) {
    List<Map<String, Object>> types = new ArrayList<>();
    for (DocType type : DocType.values()) {
      int from = (int) docs.stream().filter(d -> d.type().ordinal() < type.ordinal()).count();
      int to = from + (int) docs.stream().filter(d -> d.type() == type).count();
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("key", type.key());
      t.put("label", messages.get("search.type." + type.key()));
      t.put("plural", messages.get("search.type." + type.key() + ".plural"));
      t.put("from", from);
      t.put("to", to);
      types.add(t);
    }
    return types;
  }

  private static List<String> stopwords() {
    TreeSet<String> words = new TreeSet<>();
    for (Object word : SearchAnalyzers.stopwords()) {
      words.add(new String((char[]) word));
    }
    return new ArrayList<>(words);
  }

  static int scaled(float weight) {
    return Math.round(weight * WEIGHT_SCALE);
  }

  /** Document numbers (delta-encoded) and scaled weights, alternating, as base-64 varints: 5 bits a digit, 32 = more. */
  static String encode(StemWeights weights) {
    StringBuilder s = new StringBuilder(weights.size() * 4);
    int previous = 0;
    for (int i = 0; i < weights.size(); i++) {
      varint(s, weights.numbers()[i] - previous);
      varint(s, scaled(weights.weights()[i]));
      previous = weights.numbers()[i];
    }
    return s.toString();
  }

  /** The numbers of the {@code limit} documents with the highest scaled weight, lower numbers first among equals. */
  static List<Integer> best(StemWeights weights, int limit) {
    int[] top = new int[Math.min(limit, weights.size())];
    int[] topScaled = new int[top.length];
    int size = 0;
    // The numbers ascend, so a later document only passes those with a strictly lower weight.
    for (int i = 0; i < weights.size(); i++) {
      int scaled = scaled(weights.weights()[i]);
      if (size == top.length && scaled <= topScaled[size - 1]) {
        continue;
      }
      int at = size == top.length ? size - 1 : size++;
      while (at > 0 && topScaled[at - 1] < scaled) {
        top[at] = top[at - 1];
        topScaled[at] = topScaled[at - 1];
        at--;
      }
      top[at] = weights.numbers()[i];
      topScaled[at] = scaled;
    }
    List<Integer> numbers = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      numbers.add(top[i]);
    }
    return numbers;
  }

  private static void varint(StringBuilder s, int value) {
    int v = value;
    while (v >= 32) {
      s.append(DIGITS.charAt(32 | (v & 31)));
      v >>>= 5;
    }
    s.append(DIGITS.charAt(v));
  }

  private long writeJson(SiteOutput out, String path, Object value) {
    try {
      byte[] bytes = json.writeValueAsBytes(value);
      out.write(path, bytes);
      return bytes.length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
