package dev.dockwright.ast;

import java.util.List;
import java.util.Optional;

/** One instruction. Each kind is a record with the typed parts of its arguments. */
public sealed interface Instruction
    permits Instruction.From, Instruction.Run, Instruction.Cmd, Instruction.Entrypoint, Instruction.Shell,
        Instruction.Copy, Instruction.Add, Instruction.Volume, Instruction.Env, Instruction.Label,
        Instruction.Arg, Instruction.Expose, Instruction.User, Instruction.Workdir, Instruction.Stopsignal,
        Instruction.Maintainer, Instruction.Healthcheck, Instruction.Onbuild, Instruction.Unknown {

  InstructionHead head();

  default InstructionKind kind() {
    return head().kind();
  }

  default SourceRange range() {
    return head().range();
  }

  default Token keyword() {
    return head().keyword();
  }

  default List<Flag> flags() {
    return head().flags();
  }

  default Optional<Flag> flag(String name) {
    return head().flag(name);
  }

  /** {@code FROM [--platform=...] image [AS name]}; {@code words} are all whitespace-separated arguments. */
  record From(InstructionHead head, Optional<Token> image, Optional<Token> asKeyword, Optional<Token> stageName,
      List<Token> words) implements Instruction {}

  record Run(InstructionHead head, Optional<CommandLine> command, List<Heredoc> heredocs) implements Instruction {}

  record Cmd(InstructionHead head, Optional<CommandLine> command) implements Instruction {}

  record Entrypoint(InstructionHead head, Optional<CommandLine> command) implements Instruction {}

  record Shell(InstructionHead head, Optional<CommandLine> command) implements Instruction {}

  /** Sources then destination; {@code json} when written as a JSON array. */
  record Copy(InstructionHead head, List<Argument> args, boolean json, List<Heredoc> heredocs)
      implements Instruction {}

  record Add(InstructionHead head, List<Argument> args, boolean json, List<Heredoc> heredocs)
      implements Instruction {}

  record Volume(InstructionHead head, List<Argument> paths, boolean json) implements Instruction {}

  record Env(InstructionHead head, List<KeyValue> pairs) implements Instruction {}

  record Label(InstructionHead head, List<KeyValue> pairs) implements Instruction {}

  record Arg(InstructionHead head, List<ArgDeclaration> declarations) implements Instruction {}

  record Expose(InstructionHead head, List<Token> ports) implements Instruction {}

  record User(InstructionHead head, Optional<Token> value) implements Instruction {}

  record Workdir(InstructionHead head, Optional<Token> value) implements Instruction {}

  record Stopsignal(InstructionHead head, Optional<Token> value) implements Instruction {}

  record Maintainer(InstructionHead head, Optional<Token> value) implements Instruction {}

  /** {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [flags] CMD command}. */
  record Healthcheck(InstructionHead head, Optional<Token> type, Optional<CommandLine> command)
      implements Instruction {}

  record Onbuild(InstructionHead head, Optional<Instruction> trigger) implements Instruction {}

  record Unknown(InstructionHead head) implements Instruction {}
}
