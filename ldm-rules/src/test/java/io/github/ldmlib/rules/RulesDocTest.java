package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.internal.RulesDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue; this test fails when it is out of date. */
class RulesDocTest {

  /** The file, from the module directory in which Maven runs the tests. */
  private static final Path FILE = Path.of("..", "docs", "rules.md");

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String expected = RulesDoc.render();
    if (Boolean.getBoolean("ldm.rules.regenerate")) {
      RulesDoc.main(new String[] {FILE.toString()});
    }
    assertThat(Files.exists(FILE)).as("docs/rules.md is missing; generate it with:\n" + RulesDoc.REGENERATE).isTrue();
    String actual = Files.readString(FILE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(actual).as("docs/rules.md is out of date; regenerate it with:\n" + RulesDoc.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyBuiltInRuleIsDocumented() {
    String doc = RulesDoc.render();
    for (Rule<?> rule : BuiltInRules.all()) {
      assertThat(doc).contains("## " + rule.id() + "\n");
    }
    for (Rule<AuditFile> rule : BuiltInRules.of(DocumentKind.AUDIT_FILE)) {
      assertThat(doc).contains("## " + rule.id() + "\n");
    }
  }
}
