package be.beroepencatalogus.search;

import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.SiteOutput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Exports what the browser needs to search without a server, in small files so that a query downloads only what
 * its own words need (under {@code /zoeken/index/}); every file but {@code meta.json} is gzipped JSON ({@code .bin},
 * a name no server sends as "Content-Encoding: gzip"; search.js unpacks it with the browser's DecompressionStream):
 *
 * <ul>
 *   <li>{@code meta.json}: the keys of every group and the first key of every shard below, the document ranges per
 *       type, the stop words and the query rules' numbers;
 *   <li>{@code w/<n>.bin}: the words as written that start with one pair of letters (word -> [stem or "" when the
 *       same, document frequency]): a word's stem, its prefix completions and its corrections after the second letter;
 *   <li>{@code s/<n>.bin}, {@code e/<n>.bin}: word -> document frequency, by first and third letter and by second
 *       and third letter: the corrections of a typo in the first two letters ({@link SearchQuery#typoKeys});
 *   <li>{@code p/<n>.bin}: a range of the sorted stems with their postings (document numbers and Lucene's weights
 *       times two, plus one when the stem is in the document's names; delta-encoded base-64 varints);
 *   <li>{@code n/<n>.bin}: a range of the sorted name keys ({@link SearchQuery#nameKey}) with their documents;
 *   <li>{@code d/<n>.bin}: display data of {@link #CHUNK} documents: title, path, context, aliases and the start of
 *       the text, for the result list and its snippets.
 * </ul>
 *
 * The weights are read from the Lucene index the CLI searches ({@link SearchIndex#weights}), times
 * {@link #WEIGHT_SCALE}, rounded. Everything is sorted and gzip is deterministic: the same content gives the same bytes.
 */
public final class BrowserIndexWriter {
  public static final String ROOT = "/zoeken/index/";
  static final int WEIGHT_SCALE = 1000;
  /** Documents per display chunk: a page of 10 results fetches at most 10 small files. */
  static final int CHUNK = 8;
  /** Raw JSON bytes per postings or names shard before gzip (about a third of that travels). */
  static final int SHARD_BYTES = 24_000;
  /** The start of a document's text the browser gets for its snippet. */
  static final int TEXT_LIMIT = 500;
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
    Map<String, StemWeights> weights = index.allWeights();
    Map<String, String> postings = new ConcurrentHashMap<>();
    weights.entrySet().parallelStream().forEach(e -> postings.put(e.getKey(), encode(e.getValue())));

    Map<String, Map<String, Map<String, Object>>> groups = new TreeMap<>();
    for (String kind : List.of("w", "s", "e")) {
      groups.put(kind, new TreeMap<>());
    }
    surfaces.forEach((word, df) -> {
      for (String key : SearchQuery.keysOf(word)) {
        Object value = key.charAt(0) == 'w' ? List.of(stemOrEmpty(index, word), df) : df;
        groups.get(key.substring(0, 1)).computeIfAbsent(key.substring(1), k -> new TreeMap<>()).put(word, value);
      }
    });

    Map<String, TreeSet<Integer>> names = new TreeMap<>();
    NameKeys nameKeys = new NameKeys();
    for (SearchDoc doc : docs) {
      for (String key : nameKeys.of(doc)) {
        names.computeIfAbsent(key, k -> new TreeSet<>()).add(doc.number());
      }
    }

    Map<String, Object> files = new LinkedHashMap<>();
    Map<String, Object> groupKeys = new LinkedHashMap<>();
    groups.forEach((kind, byKey) -> {
      groupKeys.put(kind, new ArrayList<>(byKey.keySet()));
      int n = 0;
      for (Map<String, Object> words : byKey.values()) {
        files.put(kind + "/" + n++ + ".bin", words);
      }
    });
    List<String> postingStarts = shards(new TreeMap<>(postings), "p", files, e -> e.getKey().length() + e.getValue().length() + 6);
    List<String> nameStarts = shards(names, "n", files, e -> e.getKey().length() + e.getValue().size() * 5 + 6);
    int chunks = (docs.size() + CHUNK - 1) / CHUNK;
    for (int c = 0; c < chunks; c++) {
      files.put("d/" + c + ".bin", docs.subList(c * CHUNK, Math.min(docs.size(), (c + 1) * CHUNK)).stream().map(BrowserIndexWriter::display).toList());
    }

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("version", 2);
    meta.put("docs", docs.size());
    meta.put("weightScale", WEIGHT_SCALE);
    meta.put("minPrefix", SearchQuery.MIN_PREFIX);
    meta.put("maxExpansions", SearchQuery.MAX_EXPANSIONS);
    meta.put("minTypoLength", SearchQuery.MIN_TYPO_LENGTH);
    meta.put("maxAlternatives", SearchQuery.MAX_ALTERNATIVES);
    meta.put("maxTried", SearchQuery.MAX_TRIED);
    meta.put("minSplit", SearchQuery.MIN_SPLIT);
    meta.put("minPart", SearchQuery.MIN_PART);
    meta.put("maxJoined", SearchQuery.MAX_JOINED);
    meta.put("chunkSize", CHUNK);
    meta.put("page", 10);
    meta.put("types", types(docs, messages));
    meta.put("stopwords", stopwords());
    meta.put("groups", groupKeys);
    meta.put("postings", postingStarts);
    meta.put("names", nameStarts);

    List<Map.Entry<String, Object>> entries = new ArrayList<>(files.entrySet());
    long written = entries.parallelStream().mapToLong(e -> write(out, ROOT + e.getKey(), gzip(json(e.getValue())))).sum();
    written += write(out, ROOT + "meta.json", json(meta));
    return new Stats(files.size() - chunks, chunks, written);
  }

  private static String stemOrEmpty(SearchIndex index, String word) {
    String stem = index.stem(word);
    return stem.equals(word) ? "" : stem;
  }

  /** Cuts the sorted entries into files of about {@link #SHARD_BYTES}; returns each file's first key. */
  private static <V> List<String> shards(Map<String, V> sorted, String folder, Map<String, Object> files,
      java.util.function.ToIntFunction<Map.Entry<String, V>> size) {
    List<String> starts = new ArrayList<>();
    Map<String, V> shard = null;
    int bytes = 0;
    for (Map.Entry<String, V> e : sorted.entrySet()) {
      if (shard == null || bytes >= SHARD_BYTES) {
        shard = new LinkedHashMap<>();
        files.put(folder + "/" + starts.size() + ".bin", shard);
        starts.add(e.getKey());
        bytes = 0;
      }
      shard.put(e.getKey(), e.getValue());
      bytes += size.applyAsInt(e);
    }
    return starts;
  }

  /** Title, path, context, aliases and the start of the text (cut at a word boundary). */
  static List<Object> display(SearchDoc doc) {
    String text = doc.body();
    if (text.length() > TEXT_LIMIT) {
      int cut = text.lastIndexOf(' ', TEXT_LIMIT);
      text = text.substring(0, cut > 0 ? cut : TEXT_LIMIT) + " …";
    }
    return List.of(doc.title(), doc.path(), doc.context(), doc.aliasList(), text);
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

  /** Document numbers (delta-encoded) and scaled weights times two plus the name bit, as base-64 varints: 5 bits a digit, 32 = more. */
  static String encode(StemWeights weights) {
    StringBuilder s = new StringBuilder(weights.size() * 4);
    int previous = 0;
    for (int i = 0; i < weights.size(); i++) {
      varint(s, weights.numbers()[i] - previous);
      varint(s, scaled(weights.weights()[i]) * 2 + (weights.named()[i] ? 1 : 0));
      previous = weights.numbers()[i];
    }
    return s.toString();
  }

  private static void varint(StringBuilder s, int value) {
    int v = value;
    while (v >= 32) {
      s.append(DIGITS.charAt(32 | (v & 31)));
      v >>>= 5;
    }
    s.append(DIGITS.charAt(v));
  }

  private byte[] json(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** gzip at the highest level; Java writes no time or file name into the header, so the bytes are the same each build. */
  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(buffer) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static long write(SiteOutput out, String path, byte[] bytes) {
    out.write(path, bytes);
    return bytes.length;
  }
}
