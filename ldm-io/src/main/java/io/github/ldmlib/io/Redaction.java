package io.github.ldmlib.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.ldmlib.io.internal.NameMatcher;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.meta.ModelType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 * other text of the document (a title, a comment, an establishment name), so that no name of the
 * original survives anywhere in the result. Texts and names are compared with letter case, accents,
 * apostrophes ({@code ’ ' ʼ}), spaces (no-break and narrow no-break spaces), invisible characters
 * (soft hyphen, zero-width spaces and joiners, byte order mark), {@code ß}/{@code SS} and dotted
 * capitals folded: {@code LEFEVRE} is {@code Lefèvre}, {@code N’Diaye} is {@code N'Diaye}. The
 * local part of every e-mail address, whoever it names, becomes {@code "Courriel-"} and eight
 * letters and digits; its domain is kept (but for names in it). Values the format defines as
 * constants are kept as they are, told by their place in the model, not by their looks: the
 * {@code formatVersion}, the {@code kind}, enumeration constants, dates, codes and pointers. A text
 * written in capitals, such as a surname, is a text and is pseudonymised. The work is linear in the
 * length of the document: each text is read once, whatever the number of people.
 *
 * <p>Pseudonyms are stable: a name gives the same pseudonym everywhere in a document, in every
 * document and in every run pseudonymised with the same key, whatever its spelling as folded above
 * or its Unicode normalisation; so two shared dossiers still show that one person coordinates
 * both criteria. A last name becomes {@code "Nom-"} and a first name {@code "Prénom-"} followed by
 * eight letters and digits derived from the name with HMAC-SHA-256 under the key: without the key, a pseudonym cannot
 * be traced back to a name by trying candidate names. Keep the key secret, and use another key when
 * documents must not be linkable.
 *
 * <p>Pseudonymisation works on every document type of {@link io.github.ldmlib.model.meta.DocumentKind}; the result is a new,
 * complete document of the same type, equal to the original but for the names and e-mail addresses.
 */
public final class Redaction {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final String LAST_NAME = "lastName";
  private static final String FIRST_NAME = "firstName";
  private static final String FORMAT_VERSION = "formatVersion";
  private static final String KIND = "kind";
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
      NameMatcher matcher = new NameMatcher(names, local -> "Courriel-" + code(mac, local));
      StringWriter out = new StringWriter(json.length());
      boolean changed = false;
      try (JsonParser p = TOKENS.createParser(json); JsonGenerator g = TOKENS.createGenerator(out)) {
        Places places = new Places(document.getClass());
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          places.on(t, p);
          if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            String written;
            if (isName(p.currentName()) && names.containsKey(NameMatcher.fold(text))) {
              written = names.get(NameMatcher.fold(text));
            } else if (places.isConstant()) {
              // The format's own constants, told by the place of the value, not by its looks.
              written = text;
            } else {
              written = matcher.replace(text);
            }
            changed |= !written.equals(text);
            g.writeString(written);
          } else {
            // Numbers are copied as written, so that decimals keep their scale.
            g.copyCurrentEventExact(p);
          }
          places.after(t);
        }
      }
      return changed ? (T) JSON.read(document.getClass(), out.toString()) : document;
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  /**
   * Follows the written document through the model's description, to tell whether a string value
   * is a text of the model (which may name someone) or one of the format's constants: the header
   * ({@code formatVersion}, {@code kind}), an enumeration constant, a date, a code, a pointer.
   */
  private static final class Places {
    /** For each open object or array, the class of the values it holds, or null when unknown. */
    private final Deque<Object> open = new ArrayDeque<>();
    private final Class<?> document;
    private Class<?> valueClass;

    Places(Class<?> document) {
      this.document = document;
    }

    /** Called on each token before it is written. */
    void on(JsonToken t, JsonParser p) throws IOException {
      valueClass = null;
      Object holder = open.peek();
      Class<?> expected;
      if (holder == null) {
        expected = document;
      } else if (holder instanceof ModelType<?> type) {
        String name = p.currentName();
        if (open.size() == 1 && (FORMAT_VERSION.equals(name) || KIND.equals(name))) {
          expected = DocumentKind.class;
        } else {
          expected = name == null ? null
              : type.property(name).map(property -> (Class<?>) property.valueClass()).orElse(null);
        }
      } else {
        expected = (Class<?>) holder; // the element class of an array
      }
      if (t == JsonToken.START_OBJECT) {
        open.push(expected == null ? UNKNOWN : ModelType.of(expected).map(m -> (Object) m).orElse(UNKNOWN));
      } else if (t == JsonToken.START_ARRAY) {
        open.push(expected == null ? UNKNOWN : expected);
      } else {
        valueClass = expected;
      }
    }

    /** Called on each token after it is written. */
    void after(JsonToken t) {
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.pop();
      }
    }

    /** Whether the string value just met is a constant of the format rather than a text. */
    boolean isConstant() {
      return valueClass != null && valueClass != String.class && valueClass != Object.class;
    }
  }

  /** The holder of values of an unknown place: its strings are treated as texts. */
  private static final Class<?> UNKNOWN = Object.class;

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

  /**
   * The name in the form that decides its pseudonym: letter case, accents, apostrophes, spaces and
   * invisible characters folded ({@link NameMatcher#fold}).
   */
  private static String normal(String name) {
    return NameMatcher.fold(name);
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

}
