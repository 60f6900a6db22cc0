package io.github.ldmlib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

  @Test
  void theRootIsTheEmptyText() {
    assertThat(JsonPointer.root()).hasToString("");
    assertThat(JsonPointer.root().isRoot()).isTrue();
    assertThat(JsonPointer.root().parent()).isEmpty();
    assertThat(JsonPointer.root().lastToken()).isEmpty();
    assertThat(JsonPointer.parse("")).isSameAs(JsonPointer.root());
    assertThat(JsonPointer.of()).isSameAs(JsonPointer.root());
  }

  @Test
  void appendingBuildsTheSamePointerAsParsing() {
    JsonPointer built = JsonPointer.root().append("sections").append(3).append("team");
    assertThat(built).hasToString("/sections/3/team");
    assertThat(JsonPointer.parse("/sections/3/team")).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(JsonPointer.of("sections", "3", "team")).isEqualTo(built);
    assertThat(built.tokens()).containsExactly("sections", "3", "team");
    assertThat(built.depth()).isEqualTo(3);
    assertThat(built.token(1)).isEqualTo("3");
    assertThat(built.parent().orElseThrow()).hasToString("/sections/3");
    assertThat(built.lastToken()).contains("team");
    assertThat(JsonPointer.parse("/plan").append(JsonPointer.parse("/team/0"))).hasToString("/plan/team/0");
  }

  @Test
  void tokensAreEscapedAsRfc6901Says() {
    JsonPointer p = JsonPointer.root().append("a/b").append("c~d").append("");
    assertThat(p).hasToString("/a~1b/c~0d/");
    assertThat(JsonPointer.parse("/a~1b/c~0d/")).isEqualTo(p);
    assertThat(JsonPointer.parse("/~01").tokens()).containsExactly("~1");
    assertThat(JsonPointer.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(JsonPointer.escape("plain")).isEqualTo("plain");
    // RFC 6901, section 5
    assertThat(JsonPointer.parse("/ ").tokens()).containsExactly(" ");
    assertThat(JsonPointer.parse("//").tokens()).containsExactly("", "");
  }

  @Test
  void malformedTextIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> JsonPointer.parse("sections/0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start with '/'");
    assertThatThrownBy(() -> JsonPointer.parse("/a~2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 2");
    assertThatThrownBy(() -> JsonPointer.parse("/a~")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonPointer.root().append(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonPointer.root().token(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void indexTokensAreDecimalWithoutLeadingZero() {
    assertThat(JsonPointer.index("0")).isZero();
    assertThat(JsonPointer.index("42")).isEqualTo(42);
    assertThat(JsonPointer.index("123456789")).isEqualTo(123456789);
    assertThat(JsonPointer.index("007")).isEqualTo(-1);
    assertThat(JsonPointer.index("1234567890")).isEqualTo(-1);
    assertThat(JsonPointer.index("-1")).isEqualTo(-1);
    assertThat(JsonPointer.index("")).isEqualTo(-1);
    assertThat(JsonPointer.index("a")).isEqualTo(-1);
  }

  @Test
  void theNaturalOrderComparesIndexesAsNumbersAndPutsPrefixesFirst() {
    List<JsonPointer> sorted = new ArrayList<>(List.of(
        JsonPointer.parse("/sections/10"), JsonPointer.parse("/sections/2/team"), JsonPointer.parse("/sections/2"),
        JsonPointer.parse("/evidence"), JsonPointer.parse(""), JsonPointer.parse("/sections/name")));
    sorted.sort(null);
    assertThat(sorted).extracting(JsonPointer::toString).containsExactly(
        "", "/evidence", "/sections/2", "/sections/2/team", "/sections/10", "/sections/name");
    assertThat(JsonPointer.parse("/a/0").compareTo(JsonPointer.parse("/a/0"))).isZero();
  }

  @Test
  void startsWithTellsWhetherAPlaceLiesBelowAnother() {
    JsonPointer team = JsonPointer.parse("/sections/3/team");
    assertThat(team.startsWith(JsonPointer.parse("/sections/3"))).isTrue();
    assertThat(team.startsWith(team)).isTrue();
    assertThat(team.startsWith(JsonPointer.root())).isTrue();
    assertThat(team.startsWith(JsonPointer.parse("/sections/30"))).isFalse();
    assertThat(JsonPointer.parse("/sections").startsWith(team)).isFalse();
  }

  @Test
  void equalityIsByTokens() {
    assertThat(JsonPointer.parse("/a/b")).isNotEqualTo(JsonPointer.parse("/a/c")).isNotEqualTo(JsonPointer.parse("/a"))
        .isNotEqualTo("/a/b");
  }
}
