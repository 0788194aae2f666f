package dev.dockwright.parser;

/**
 * ANTLR indexes its input by code point; the AST uses UTF-16 offsets (what editors and SARIF count).
 * Only files with characters outside the BMP need a table.
 */
final class CodePointOffsets {
  private final int[] charOffsetOfCodePoint;

  private CodePointOffsets(int[] table) {
    this.charOffsetOfCodePoint = table;
  }

  static CodePointOffsets of(String text) {
    boolean hasSurrogates = false;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        hasSurrogates = true;
        break;
      }
    }
    if (!hasSurrogates) {
      return new CodePointOffsets(null);
    }
    int cps = text.codePointCount(0, text.length());
    int[] table = new int[cps + 1];
    int ci = 0;
    for (int cp = 0; cp < cps; cp++) {
      table[cp] = ci;
      ci += Character.charCount(text.codePointAt(ci));
    }
    table[cps] = text.length();
    return new CodePointOffsets(table);
  }

  int toChar(int codePointIndex) {
    if (charOffsetOfCodePoint == null) {
      return codePointIndex;
    }
    return charOffsetOfCodePoint[Math.min(codePointIndex, charOffsetOfCodePoint.length - 1)];
  }
}
