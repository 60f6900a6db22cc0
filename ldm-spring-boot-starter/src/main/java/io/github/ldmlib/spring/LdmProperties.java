package io.github.ldmlib.spring;

import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The properties of the label's auto-configuration, prefix {@code ldm}.
 *
 * <pre>
 * ldm.referential=ldm-national-2023   # or ldm.profile=nouvelle-aquitaine-2023
 * ldm.edition=2026-01                 # optional: the latest edition otherwise
 * ldm.language=fr                     # fr or en
 * </pre>
 *
 * <p>Mutable while Spring binds it, as configuration properties are; the beans built from it copy
 * what they need.
 */
@ConfigurationProperties(prefix = "ldm")
public class LdmProperties {

  /**
   * The id of the bundled referential documents are checked against, for example {@code
   * ldm-national-2023} ({@code Referentials.list()} names them). Ignored when {@code ldm.profile}
   * is set.
   */
  private String referential = "ldm-national-2023";

  /**
   * The edition of the referential, for example {@code 2026-01}; the latest bundled edition when
   * absent.
   */
  private String edition;

  /**
   * The id of a bundled academy profile, for example {@code nouvelle-aquitaine-2023}: documents are
   * checked against its referential tailored by the profile, with its rule tailorings. Takes the
   * place of {@code ldm.referential}.
   */
  private String profile;

  /**
   * The language of the messages of the beans built here ({@code fr} or {@code en}): the JSON
   * reader's errors and the report renderer. In a web request, messages follow the request's
   * locale instead (Spring's {@code LocaleContextHolder}): French unless it is English.
   */
  private Locale language = Locale.FRENCH;

  /**
   * Whether the JSON reader ignores unknown properties (with warnings) instead of refusing the
   * document.
   */
  private boolean lenient;

  /** Creates the properties with their defaults. */
  public LdmProperties() {}

  /**
   * Returns the referential's id.
   *
   * @return the id, never null
   */
  public String getReferential() {
    return referential;
  }

  /**
   * Sets the referential's id.
   *
   * @param referential the id, not null
   */
  public void setReferential(String referential) {
    this.referential = Objects.requireNonNull(referential, "referential");
  }

  /**
   * Returns the referential's edition.
   *
   * @return the edition, or null for the latest
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Sets the referential's edition.
   *
   * @param edition the edition, or null for the latest
   */
  public void setEdition(String edition) {
    this.edition = edition;
  }

  /**
   * Returns the academy profile's id.
   *
   * @return the id, or null when documents are checked against {@link #getReferential()}
   */
  public String getProfile() {
    return profile;
  }

  /**
   * Sets the academy profile's id.
   *
   * @param profile the id, or null
   */
  public void setProfile(String profile) {
    this.profile = profile;
  }

  /**
   * Returns the language of the messages.
   *
   * @return the language, never null
   */
  public Locale getLanguage() {
    return language;
  }

  /**
   * Sets the language of the messages.
   *
   * @param language {@code fr} or {@code en}
   * @throws IllegalArgumentException for another language
   */
  public void setLanguage(Locale language) {
    Objects.requireNonNull(language, "language");
    if (!language.getLanguage().equals("fr") && !language.getLanguage().equals("en")) {
      throw new IllegalArgumentException("ldm.language must be fr or en, not " + language);
    }
    this.language = Locale.forLanguageTag(language.getLanguage());
  }

  /**
   * Tells whether the JSON reader is lenient.
   *
   * @return true when unknown properties are ignored with warnings
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Sets whether the JSON reader is lenient.
   *
   * @param lenient true to ignore unknown properties with warnings
   */
  public void setLenient(boolean lenient) {
    this.lenient = lenient;
  }
}
