package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.cli.internal.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void onATerminalOneBarIsRedrawnInPlace() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), true, 4);

    p.step("a-long-name.json", "Conforme");
    p.step("b.json", "Non conforme");
    p.finish();

    String[] frames = err.toString().split("\r", -1);
    assertThat(frames).hasSize(3);
    assertThat(frames[1]).isEqualTo("[#######-----------------------] 1/4 a-long-name.json");
    // The shorter second frame blanks out what is left of the first one.
    assertThat(frames[2]).isEqualTo("[###############---------------] 2/4 b.json          \n");
    assertThat(err.toString()).doesNotContain("Conforme");
  }

  @Test
  void elsewhereOnePlainLinePerItem() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), false, 0);

    p.step("lot.jsonl:1", "Conforme");
    p.step("lot.jsonl:2", "illisible");
    p.finish();

    assertThat(err.toString()).isEqualTo("[1] lot.jsonl:1 : Conforme\n[2] lot.jsonl:2 : illisible\n");
  }
}
