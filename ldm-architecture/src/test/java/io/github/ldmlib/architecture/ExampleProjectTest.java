package io.github.ldmlib.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example ({@code examples/academy-criterion}) is a project of its own that an academy
 * can copy: it has no parent, and the versions it states are those of this build, so that the
 * reactor builds it against the modules it just built and a copy builds it against the same.
 */
class ExampleProjectTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theExampleHasNoParentAndNamesTheVersionsOfThisBuild() throws IOException {
    String example = Files.readString(ROOT.resolve("examples/academy-criterion/pom.xml"), StandardCharsets.UTF_8);
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);

    assertThat(example).doesNotContain("<parent>");
    assertThat(property(example, "ldm.version")).isEqualTo(first(parent, "<version>([^<]+)</version>"));
    assertThat(property(example, "junit.version")).isEqualTo(property(parent, "junit.version"));
    assertThat(first(example, "<artifactId>maven-surefire-plugin</artifactId>\\s*<version>([^<]+)</version>"))
        .isEqualTo(first(parent, "<artifactId>maven-surefire-plugin</artifactId>\\s*<version>([^<]+)</version>"));
  }

  private static String property(String pom, String name) {
    return first(pom, "<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in the POM", regex).isTrue();
    return m.group(1);
  }
}
