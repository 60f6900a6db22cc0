package io.github.ldmlib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LibraryVersionTest {

  @Test
  void theVersionIsTheOneTheBuildWrote() {
    assertThat(LibraryVersion.current()).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(LibraryVersion.current()).isSameAs(LibraryVersion.current());
  }

  @Test
  void aMissingFileIsAClearError() {
    assertThatThrownBy(() -> LibraryVersion.read(null)).isInstanceOf(IllegalStateException.class)
        .hasMessage("io/github/ldmlib/model/version.properties is missing from the class path: the version of ldm is"
            + " unknown");
  }

  @Test
  void aFileWithoutVersionOrNotFilteredIsAClearError() {
    assertThatThrownBy(() -> LibraryVersion.read(text("other=1\n"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("io/github/ldmlib/model/version.properties has no version");
    assertThatThrownBy(() -> LibraryVersion.read(text("version=${project.version}\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was not written by the build").hasMessageContaining("${project.version}");
  }

  @Test
  void theVersionIsReadFromTheFile() throws Exception {
    assertThat(LibraryVersion.read(text("version = 1.2.3 \n"))).isEqualTo("1.2.3");
  }

  private static InputStream text(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1));
  }
}
