package dev.dockwright.shell;

import java.util.Optional;

/**
 * One operand of {@code rm}.
 *
 * @param path the literal path (glob characters kept), empty when the word has expansions
 * @param hasGlob the path contains an unquoted {@code * ? [..]}, so the shell expands it
 */
public record RmTarget(Word word, Optional<String> path, boolean hasGlob) {}
