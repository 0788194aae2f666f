package dev.dockwright.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules on dependencies (STYLE.md, "Layout"). */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.dockwright");
  }

  @Test
  void antlrStaysInTheParser() {
    noClasses().that().resideOutsideOfPackages("dev.dockwright.parser..")
        .should().dependOnClassesThat().resideInAPackage("org.antlr..").check(classes);
  }

  @Test
  void rulesDependOnlyOnTheModelAndTheRuleApi() {
    noClasses().that().resideInAPackage("dev.dockwright.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.dockwright.report..", "dev.dockwright.cli..",
            "dev.dockwright.engine..", "dev.dockwright.lsp..", "dev.dockwright.config..",
            "dev.dockwright.parser.antlr..")
        .check(classes);
  }

  @Test
  void rulesDoNotUseOtherRules() {
    noClasses().that().areAnnotatedWith(dev.dockwright.rule.RuleInfo.class)
        .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<>("another rule") {
          @Override
          public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
            return c.isAnnotatedWith(dev.dockwright.rule.RuleInfo.class);
          }
        })
        .check(classes);
  }

  @Test
  void modelLayersDoNotReachUp() {
    noClasses().that().resideInAnyPackage("dev.dockwright.ast..", "dev.dockwright.parser..",
        "dev.dockwright.shell..", "dev.dockwright.semantic..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.dockwright.rule..", "dev.dockwright.rules..",
            "dev.dockwright.engine..", "dev.dockwright.cli..", "dev.dockwright.report..", "dev.dockwright.fix..")
        .check(classes);
  }

  @Test
  void theLanguageServerDoesNotReachIntoTheCommandLine() {
    noClasses().that().resideInAPackage("dev.dockwright.lsp..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.dockwright.cli..", "dev.dockwright.report..")
        .check(classes);
  }
}
