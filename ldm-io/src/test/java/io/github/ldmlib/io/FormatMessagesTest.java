package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The French and English messages of format errors say the same things with the same arguments. */
class FormatMessagesTest {

  private static Properties load(String language) throws IOException {
    String resource = "/io/github/ldmlib/io/internal/FormatMessages_" + language + ".properties";
    try (InputStream in = FormatMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties messages = new Properties();
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return messages;
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndArguments() throws IOException {
    Properties french = load("fr");
    Properties english = load("en");
    assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : french.stringPropertyNames()) {
      int frenchArguments = new MessageFormat(french.getProperty(key)).getFormatsByArgumentIndex().length;
      int englishArguments = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
      assertThat(frenchArguments).as(key).isEqualTo(englishArguments);
    }
  }
}
