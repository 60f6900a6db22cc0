package io.github.ldmlib.rules;

import static io.github.ldmlib.rules.Fixtures.AS_OF;
import static io.github.ldmlib.rules.Fixtures.DOSSIER;
import static io.github.ldmlib.rules.Fixtures.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A French apostrophe in a custom rule's message is either kept exactly or refused, never silently
 * dropped ({@code L'action} must not become {@code Laction}): a declared message is refused when
 * declared, a message of a bundle when the checker is built.
 */
class ApostropheMessagesTest {

  private static Rule<Dossier> rule(String frenchTitle, String frenchMessage) {
    return Rule.declare(DocumentKind.DOSSIER, "ACAD-T-001", Severity.ADVICE)
        .title(frenchTitle, "A rule of the academy")
        .message("found", frenchMessage, "The action {0} is reported.")
        .check((context, findings) -> findings.report(JsonPointer.parse("/sections/0"), "found", "« Stage »"));
  }

  private static Finding onlyFinding(Rule<Dossier> rule) {
    return Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).builtInRules(false).addRule(rule).build()
        .check(DOSSIER, AS_OF, Stage.CANDIDATURE, Locale.FRENCH).findings().get(0);
  }

  @Test
  void aLoneApostropheInADeclaredMessageOrTitleIsRefusedAtOnce() {
    assertThatThrownBy(() -> rule("Une règle de l’académie", "L'action {0} n'a pas de plus-value."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Message ACAD-T-001.found: a lone apostrophe at position 1 would disappear: write '' or ’");
    assertThatThrownBy(() -> rule("Une règle de l'académie", "L’action {0} est signalée."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Message ACAD-T-001.title: a lone apostrophe at position 14 would disappear");
  }

  @Test
  void aLoneApostropheInABundleIsRefusedWhenTheCheckerIsBuilt() {
    Rule<Dossier> rule = Rule.declare(DocumentKind.DOSSIER, "ACAD-T-003", Severity.ADVICE)
        .messages(MessageSource.bundle("io.github.ldmlib.rules.apostrophe.messages",
            ApostropheMessagesTest.class.getClassLoader()))
        .check((context, findings) -> findings.report(JsonPointer.parse("/sections/0"), "found", "« Stage »"));

    assertThatThrownBy(() -> Checker.builder(DocumentKind.DOSSIER).referential(REFERENTIAL).addRule(rule).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACAD-T-003.found (fr): a lone apostrophe at position 1 would disappear: write '' or ’");
  }

  @Test
  void aDoubledOrTypographicApostropheIsKeptAsWritten() {
    assertThat(onlyFinding(rule("Une règle de l’académie", "L''action {0} n''a pas de plus-value.")).message())
        .isEqualTo("L'action « Stage » n'a pas de plus-value.");
    assertThat(onlyFinding(rule("Une règle de l’académie", "L’action {0} n’a pas de plus-value.")).message())
        .isEqualTo("L’action « Stage » n’a pas de plus-value.");
  }

  @Test
  void anApostropheInAnArgumentIsKeptAsWritten() {
    Rule<Dossier> rule = Rule.declare(DocumentKind.DOSSIER, "ACAD-T-002", Severity.ADVICE)
        .title("Une règle de l’académie", "A rule of the academy")
        .message("found", "Action signalée : {0}.", "Action reported: {0}.")
        .check((context, findings) -> findings.report(JsonPointer.parse("/sections/0"), "found", "L'atelier d'été"));

    assertThat(onlyFinding(rule).message()).isEqualTo("Action signalée : L'atelier d'été.");
  }
}
