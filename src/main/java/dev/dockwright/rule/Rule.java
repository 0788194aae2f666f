package dev.dockwright.rule;

/**
 * A check over one Dockerfile. Implementations are stateless final classes annotated with
 * {@link RuleInfo}; everything they need comes from the {@link RuleContext}, and state lives in local
 * variables, so one instance serves every file and thread.
 */
public interface Rule {
  void check(RuleContext context);
}
