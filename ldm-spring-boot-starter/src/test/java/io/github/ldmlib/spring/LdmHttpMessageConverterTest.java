package io.github.ldmlib.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.FormatProblem;
import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

class LdmHttpMessageConverterTest {

  private static final Path DOSSIER = Path.of("..", "examples", "dossier-complete.json");

  private final LdmHttpMessageConverter converter = new LdmHttpMessageConverter(LdmJson.defaults());

  @Test
  void takesDocumentsOnlyAsJson() {
    assertThat(converter.canRead(Dossier.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(Dossier.class, MediaType.valueOf("application/vnd.ldm+json"))).isTrue();
    assertThat(converter.canWrite(ConformityReport.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(Dossier.class, MediaType.APPLICATION_XML)).isFalse();
    assertThat(converter.canRead(String.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canWrite(Object.class, MediaType.APPLICATION_JSON)).isFalse();
  }

  @Test
  void readsAndWritesTheExactBytesOfTheFormat() throws Exception {
    byte[] bytes = Files.readAllBytes(DOSSIER);
    Dossier dossier = (Dossier) converter.read(Dossier.class, new MockHttpInputMessage(bytes));
    assertThat(dossier).isEqualTo(LdmJson.defaults().read(Dossier.class, DOSSIER));

    MockHttpOutputMessage out = new MockHttpOutputMessage();
    converter.write(dossier, MediaType.APPLICATION_JSON, out);
    assertThat(out.getBodyAsBytes()).isEqualTo(LdmJson.defaults().writeString(dossier).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(bytes);
    assertThat(out.getHeaders().getContentType()).isEqualTo(MediaType.valueOf("application/json;charset=UTF-8"));
  }

  @Test
  void aBadBodyIsRefusedWithLineColumnAndPointerInTheSuppliedLanguage() {
    String body = "{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"dossier\",\n  \"labelTitle\": 12\n}\n";
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      LdmHttpMessageConverter inLanguage = new LdmHttpMessageConverter(LdmJson.defaults(), () -> locale);
      assertThatThrownBy(() -> inLanguage.read(Dossier.class,
          new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(HttpMessageNotReadableException.class)
          .cause().isInstanceOfSatisfying(LdmFormatException.class, e -> {
            assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(17);
            assertThat(e.pointer()).hasToString("/labelTitle");
            assertThat(e.sourceName()).isEqualTo(LdmHttpMessageConverter.SOURCE_NAME);
            assertThat(e.detail()).isEqualTo(detail(body, locale));
          });
    }
    assertThat(detail(body, Locale.FRENCH)).isNotEqualTo(detail(body, Locale.ENGLISH));
  }

  /** What LdmJson itself says of a body, in a language. */
  private static String detail(String body, Locale locale) {
    try {
      LdmJson.defaults().withLocale(locale).read(Dossier.class, body);
    } catch (LdmFormatException e) {
      return e.detail();
    }
    throw new AssertionError("read " + body);
  }
}
