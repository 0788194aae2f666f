package dev.dockwright.rule;

import java.util.List;

/**
 * A rule with work that is cheaper done for many files at once, such as running an external checker: one
 * process for a whole batch of files costs far less than one per file. Before a batch of files is linted the
 * engine hands the rule every file's context together; the rule does the shared work there and leaves its
 * results in a cache keyed by content, where {@link #check} finds them, so {@code check} stays a function
 * of its one file and gives the same findings with or without a {@code prepare}. Contexts given to
 * {@code prepare} drop whatever is reported through them.
 */
public interface BatchingRule extends Rule {
  void prepare(List<RuleContext> files);
}
