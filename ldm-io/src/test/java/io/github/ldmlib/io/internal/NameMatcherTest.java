package io.github.ldmlib.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matcher's work grows with the text, not with the number of names. */
class NameMatcherTest {

  private static Map<String, String> names(int count, Random random) {
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String last = word(random) + (i % 3 == 0 ? " " + word(random) : "");
      names.put(NameMatcher.fold(last), "Nom-" + i);
    }
    return names;
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  @Test
  void theWorkIsLinearInTheTextWhateverTheNumberOfNames() {
    Random random = new Random(19);
    Map<String, String> many = names(5_000, random);
    StringBuilder text = new StringBuilder();
    int words = 20_000;
    String[] known = many.keySet().toArray(new String[0]);
    for (int i = 0; i < words; i++) {
      // One word in four starts a known name, so that the trie is walked, not only looked up.
      text.append(i % 4 == 0 ? known[random.nextInt(known.length)] : word(random)).append(i % 7 == 0 ? ", " : " ");
    }
    NameMatcher few = new NameMatcher(names(5, new Random(1)), local -> "Courriel");
    NameMatcher all = new NameMatcher(many, local -> "Courriel");
    String replaced = all.replace(text.toString());
    few.replace(text.toString());
    // Each word costs a look-up, plus at most one step per further word of the longest name (two words).
    int textWords = text.toString().split("[ ,]+").length;
    assertThat(all.work()).isLessThanOrEqualTo(2L * textWords);
    assertThat(few.work()).isLessThanOrEqualTo(2L * textWords);
    assertThat(replaced).contains("Nom-").doesNotContain(known[0] + " ");
  }

  @Test
  void foldingIgnoresCaseAccentsApostrophesSpacesAndInvisibles() {
    assertThat(NameMatcher.fold(" N’Diaye\u00AD\u200B ")).isEqualTo("n'diaye");
    assertThat(NameMatcher.fold("LE\u202F\u00A0GOFF")).isEqualTo("le goff");
    assertThat(NameMatcher.fold("Straße İnce Œdipe")).isEqualTo("strasse ince oedipe");
    assertThat(NameMatcher.fold("Lefe\u0301vre")).isEqualTo(NameMatcher.fold("LEFÈVRE"));
  }
}
