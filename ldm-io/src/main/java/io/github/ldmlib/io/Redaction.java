package io.github.ldmlib.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises the documents of the label (<i>pseudonymisation</i>) so that they can be shared,
 * or kept as test fixtures, without exposing people: every personal name — of criterion
 * coordinators and team members, engagement leads, auditors, interviewees, owners of improvement
 * axes — is replaced with a pseudonym, and everything else is kept.
 *
 * <pre>{@code
 * Dossier shared = Redaction.pseudonymise(dossier, "clé secrète de l'académie");
 * LdmJson.defaults().write(shared, Path.of("dossier-anonymise.json"));
 * }</pre>
 *
 * <p>Names are the {@code lastName} and {@code firstName} of every {@link
 * io.github.ldmlib.model.dossier.Person person} of the document; a person's function
 * (<i>fonction</i>) is kept. A name is also replaced wherever it appears as a whole word in any
 * other text of the document (a title, a comment, an establishment name), in any letter case, so
 * that no name of the original survives anywhere in the result. Only values that are constants of
 * the format are kept as they are: the {@code formatVersion}, the {@code kind}, and enumeration
 * constants (a whole value in capitals, digits and underscores, such as {@code PUBLIC}).
 *
 * <p>Pseudonyms are stable: a name gives the same pseudonym everywhere in a document, in every
 * document and in every run pseudonymised with the same key, whatever its letter case or Unicode
 * normalisation; so two shared dossiers still show that one person coordinates both criteria. A
 * last name becomes {@code "Nom-"} and a first name {@code "Prénom-"} followed by eight letters and
 * digits derived from the name with HMAC-SHA-256 under the key: without the key, a pseudonym cannot
 * be traced back to a name by trying candidate names. Keep the key secret, and use another key when
 * documents must not be linkable.
 *
 * <p>Pseudonymisation works on every document type of {@link io.github.ldmlib.model.meta.DocumentKind}; the result is a new,
 * complete document of the same type, equal to the original but for the names.
 */
public final class Redaction {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  /** The form of the format's enumeration constants, such as {@code PUBLIC} or {@code MAJOR_GAP}. */
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
  private static final String LAST_NAME = "lastName";
  private static final String FIRST_NAME = "firstName";
  private static final JsonFactory TOKENS = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
          .maxNestingDepth(Integer.MAX_VALUE).maxDocumentLength(-1).build())
      .build();
  private static final LdmJson JSON = LdmJson.defaults()
      .withLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE)
          .withMaxStringLength(Integer.MAX_VALUE).withMaxArrayLength(Integer.MAX_VALUE));

  private Redaction() {}

  /**
   * Returns the document with every personal name replaced with its pseudonym under the key.
   *
   * @param document a document of a type of {@link io.github.ldmlib.model.meta.DocumentKind}, for example a {@link
   *     io.github.ldmlib.model.dossier.Dossier} or an {@link io.github.ldmlib.model.audit.AuditPlan}
   * @param key the secret from which pseudonyms are derived, not empty
   * @param <T> the document type
   * @return a new document of the same type
   * @throws IllegalArgumentException if the object is not of a document type, or the key is empty
   * @throws NullPointerException if an argument is null
   */
  @SuppressWarnings("unchecked")
  public static <T> T pseudonymise(T document, String key) {
    Objects.requireNonNull(document, "document");
    Mac mac = mac(key);
    String json = JSON.writeString(document);
    try {
      Map<String, String> names = new LinkedHashMap<>();
      try (JsonParser p = TOKENS.createParser(json)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING && isName(p.currentName())) {
            add(names, p.getText(), p.currentName().equals(LAST_NAME) ? "Nom-" : "Prénom-", mac);
          }
        }
      }
      if (names.isEmpty()) {
        return document;
      }
      Pattern anyName = wordPattern(names.keySet());
      StringWriter out = new StringWriter(json.length());
      try (JsonParser p = TOKENS.createParser(json); JsonGenerator g = TOKENS.createGenerator(out)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            String name = p.currentName();
            if (isName(name) && names.containsKey(normal(text))) {
              g.writeString(names.get(normal(text)));
            } else if ("formatVersion".equals(name) || "kind".equals(name) || CONSTANT.matcher(text).matches()) {
              g.writeString(text);
            } else {
              g.writeString(replaceNames(text, names, anyName));
            }
          } else {
            // Numbers are copied as written, so that decimals keep their scale.
            g.copyCurrentEventExact(p);
          }
        }
      }
      return (T) JSON.read(document.getClass(), out.toString());
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  private static boolean isName(String key) {
    return LAST_NAME.equals(key) || FIRST_NAME.equals(key);
  }

  /**
   * Returns the pseudonym of a last name under a key, as {@link #pseudonymise} would write it.
   *
   * @param lastName the last name
   * @param key the secret, not empty
   * @return the pseudonym, {@code "Nom-"} and eight letters and digits
   */
  public static String lastNamePseudonym(String lastName, String key) {
    return "Nom-" + code(mac(key), lastName);
  }

  /**
   * Returns the pseudonym of a first name under a key, as {@link #pseudonymise} would write it.
   *
   * @param firstName the first name
   * @param key the secret, not empty
   * @return the pseudonym, {@code "Prénom-"} and eight letters and digits
   */
  public static String firstNamePseudonym(String firstName, String key) {
    return "Prénom-" + code(mac(key), firstName);
  }

  private static Mac mac(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("The pseudonymisation key is empty");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }

  /** The name in the form that decides its pseudonym: NFC, trimmed, lower case. */
  private static String normal(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
  }

  private static String code(Mac mac, String name) {
    byte[] digest = mac.doFinal(normal(name).getBytes(StandardCharsets.UTF_8));
    StringBuilder code = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      code.append(ALPHABET.charAt(digest[i] & 31));
    }
    return code.toString();
  }

  private static void add(Map<String, String> names, String name, String prefix, Mac mac) {
    if (!normal(name).isEmpty()) {
      // A name used both as a last and a first name keeps the pseudonym it got first.
      names.putIfAbsent(normal(name), prefix + code(mac, name));
    }
  }

  /** A pattern that matches any of the names as a whole word, longest first, in any case. */
  private static Pattern wordPattern(Iterable<String> names) {
    List<String> sorted = new ArrayList<>();
    names.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alternatives = new StringBuilder();
    for (String name : sorted) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String replaceNames(String text, Map<String, String> names, Pattern anyName) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    Matcher m = anyName.matcher(nfc);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(nfc.length());
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(pseudonymOf(m.group(), names)));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** The pseudonym of a name matched in a text, whose letter case may differ from the recorded one. */
  private static String pseudonymOf(String matched, Map<String, String> names) {
    String exact = names.get(normal(matched));
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (e.getKey().equalsIgnoreCase(matched)) {
        return e.getValue();
      }
    }
    throw new IllegalStateException("A matched name was not recorded: " + matched);
  }
}
