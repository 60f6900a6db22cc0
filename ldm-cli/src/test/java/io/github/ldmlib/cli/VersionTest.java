package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.LibraryVersion;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void theVersionIsTheLibrarys() {
    Cli.Result r = run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst()).hasValue("ldm " + LibraryVersion.current());
    assertThat(LibraryVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
