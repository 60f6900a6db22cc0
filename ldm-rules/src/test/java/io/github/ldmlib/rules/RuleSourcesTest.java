package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.meta.DocumentKind;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule is traceable to its source: it says why it has its grade, and either quotes
 * the clause it enforces or says that the source is silent (and so took the milder grade).
 */
class RuleSourcesTest {

  static Stream<Rule<?>> rules() {
    return Stream.of(DocumentKind.DOSSIER, DocumentKind.AUDIT_FILE, DocumentKind.ANNUAL_REVIEW, DocumentKind.REVIEW_FILE)
        .flatMap(kind -> BuiltInRules.of(kind).stream().<Rule<?>>map(r -> r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theRuleSaysWhyItHasItsGradeAndQuotesItsClauseOrTheSilenceOfTheText(Rule<?> rule) {
    RuleDoc doc = rule.doc().orElseThrow();

    assertThat(doc.grade()).as("why %s has its grade", rule.id()).hasValueSatisfying(g -> assertThat(g).isNotBlank());
    if (doc.clause().isEmpty()) {
      assertThat(doc.grade().orElseThrow().toLowerCase(Locale.ROOT))
          .as("%s quotes no clause, so its grade must say the source is silent", rule.id())
          .containsAnyOf("silent", "no text", "nothing in", "not a text", "the model's own", "library's own");
    } else {
      assertThat(doc.clause().orElseThrow()).as("%s's clause", rule.id()).isNotBlank();
      // The clause's document, edition (when it has several) and section.
      assertThat(doc.clauseSource().or(rule::source)).as("where %s's clause is written", rule.id()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRuleOfTheGuideAppliesOnlyToReferentialsDrawnFromTheGuide(Rule<?> rule) {
    boolean fromTheGuide = rule.source().filter(s -> s.document().startsWith("Guide de l'établissement")).isPresent();

    assertThat(rule.referentialSources().stream().anyMatch(d -> d.startsWith("Guide de l'établissement")))
        .as("%s cites the guide: it applies to the guide's referentials only", rule.id())
        .isEqualTo(fromTheGuide);
  }
}
