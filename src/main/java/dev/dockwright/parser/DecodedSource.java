package dev.dockwright.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * File bytes decoded as UTF-8, the way BuildKit reads them: a leading byte-order mark is dropped (and
 * remembered, so a fix can write it back); invalid byte sequences become U+FFFD and their first position
 * is kept for a diagnostic instead of failing the read.
 *
 * @param firstInvalidByte byte offset of the first malformed sequence, or -1
 */
public record DecodedSource(String text, boolean bom, long firstInvalidByte, int firstInvalidLine) {

  public static DecodedSource decode(byte[] bytes) {
    int start = 0;
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
    if (bom) {
      start = 3;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(in);
      return new DecodedSource(chars.toString(), bom, -1, -1);
    } catch (CharacterCodingException e) {
      long bad = firstMalformed(bytes, start);
      int line = 1;
      for (int i = start; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      return new DecodedSource(text, bom, bad, line);
    }
  }

  private static long firstMalformed(byte[] bytes, int start) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    while (true) {
      var result = d.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return bytes.length;
      }
      out = CharBuffer.allocate(out.capacity() * 2);
    }
  }
}
