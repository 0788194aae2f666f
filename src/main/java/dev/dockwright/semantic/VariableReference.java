package dev.dockwright.semantic;

import java.util.Objects;

/**
 * One variable lookup BuildKit performs while expanding a word: {@code $NAME}, {@code ${NAME}} or
 * {@code ${NAME<op>...}}. Spans index into the expanded input.
 *
 * @param name the variable name; may be a special parameter ({@code $}, {@code #}, {@code @} ...), a
 *     run of digits ({@code $1}), or empty for malformed-but-accepted forms such as {@code ${+x}},
 *     exactly as BuildKit looks them up
 * @param span the whole substitution, from {@code $} to just after its closing {@code }}
 * @param nameSpan just the name (empty span at the name position when the name is empty)
 * @param binding how the scope answered for this name
 */
public record VariableReference(String name, TextSpan span, TextSpan nameSpan, VariableBinding.Kind binding) {

  public VariableReference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(nameSpan, "nameSpan");
    Objects.requireNonNull(binding, "binding");
  }

  /** Special ({@code $?}, {@code $$} ...) and positional ({@code $1}) parameters never name an ARG or ENV. */
  public boolean isSpecialParameter() {
    return name.length() == 0 || !(Character.isLetter(name.codePointAt(0)) || name.charAt(0) == '_');
  }
}
