package be.beroepencatalogus.load;

import be.beroepencatalogus.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A content file decoded as strict UTF-8, with a byte-order mark dropped and CRLF/CR turned into LF, so
 * that line numbers match what the author's editor shows, and normalised ({@link TextNormaliser}: no invisible
 * characters, plain spaces, NFC).
 */
record SourceFile(String displayPath, String text) {

  /** Thrown for bytes that are not UTF-8; carries the position of the first bad byte. */
  static final class InvalidUtf8Exception extends Exception {
    final SourceRef at;

    InvalidUtf8Exception(SourceRef at) {
      super("invalid UTF-8");
      this.at = at;
    }
  }

  static SourceFile decode(String displayPath, byte[] bytes) throws InvalidUtf8Exception {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidUtf8Exception(positionOfByte(displayPath, bytes, in.position()));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = TextNormaliser.normalise(text.replace("\r\n", "\n").replace('\r', '\n'));
    return new SourceFile(displayPath, text);
  }

  private static SourceRef positionOfByte(String path, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceRef(path, line, offset - lineStart + 1);
  }

  SourceRef at(int line, int column) {
    return new SourceRef(displayPath, line, column);
  }
}
