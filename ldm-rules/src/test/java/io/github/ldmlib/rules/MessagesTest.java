package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.meta.DocumentKind;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every built-in rule speaks French and English, with the same messages and placeholders. */
class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("io.github.ldmlib.rules.internal.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(new TreeSet<>(bundle(Locale.ENGLISH).keySet()))
        .isEqualTo(new TreeSet<>(bundle(Locale.FRENCH).keySet()));
  }

  @Test
  void everyRuleHasATitleAndMessagesInBothLanguages() {
    assertThat(BuiltInRules.all()).hasSize(BuiltInRules.of(DocumentKind.DOSSIER).size()
        + BuiltInRules.of(DocumentKind.AUDIT_FILE).size() + BuiltInRules.of(DocumentKind.ANNUAL_REVIEW).size()
        + BuiltInRules.of(DocumentKind.REVIEW_FILE).size());
    for (Rule<?> rule : BuiltInRules.all()) {
      hasTitleAndMessages(rule.id(), rule::title);
    }
  }

  private static void hasTitleAndMessages(String id, java.util.function.Function<Locale, String> title) {
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      assertThat(title.apply(locale)).as(id + " " + locale).isNotBlank();
      assertThat(bundle(locale).keySet()).as(id + " " + locale)
          .anyMatch(k -> k.startsWith(id + ".") && !k.endsWith(".title"));
    }
    assertThat(title.apply(Locale.ENGLISH)).isNotEqualTo(title.apply(Locale.FRENCH));
  }

  @Test
  void everyKeyBelongsToARuleAnEnumerationOrThePrefill() {
    Set<String> ids = new TreeSet<>();
    BuiltInRules.all().forEach(r -> ids.add(r.id()));
    ids.add(BuiltInRules.RULE_FAILED);
    ids.add(BuiltInRules.FINDINGS_NOT_LISTED);
    for (String key : bundle(Locale.FRENCH).keySet()) {
      String prefix = key.substring(0, key.indexOf('.'));
      assertThat(ids.contains(prefix) || prefix.equals("enum") || prefix.equals("prefill")).as(key).isTrue();
    }
  }

  @Test
  void patternsAgreeOnPlaceholdersAndFormat() {
    ResourceBundle fr = bundle(Locale.FRENCH);
    ResourceBundle en = bundle(Locale.ENGLISH);
    Object[] arguments = {"a0", "a1", "a2", "a3", "a4", "a5"};
    for (String key : fr.keySet()) {
      assertThat(placeholders(en.getString(key))).as(key).isEqualTo(placeholders(fr.getString(key)));
      for (ResourceBundle b : new ResourceBundle[] {fr, en}) {
        String pattern = b.getString(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("lone apostrophe in %s: %s", key, pattern).isFalse();
        String text = new MessageFormat(pattern, b.getLocale()).format(arguments);
        for (String p : placeholders(pattern)) {
          assertThat(text).as(key).contains("a" + p);
        }
        assertThat(text).as(key).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void otherLanguagesFallBackToFrench() {
    assertThat(MessageSource.language(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
    assertThat(MessageSource.language(Locale.UK)).isEqualTo(Locale.ENGLISH);
    assertThat(BuiltInRules.byId("LDM-D-030").orElseThrow().title(Locale.GERMAN)).isEqualTo("Chaque action est complète");
  }
}
