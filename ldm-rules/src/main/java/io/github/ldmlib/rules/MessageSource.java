package io.github.ldmlib.rules;

import io.github.ldmlib.rules.internal.Messages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The titles and messages of rules, in French (the default) and English: {@link
 * java.text.MessageFormat} patterns under keys such as {@code MTC-C9-002.title} and {@code
 * MTC-C9-002.none}.
 *
 * <p>A source is either {@linkplain #bundle(String, ClassLoader) a pair of resource bundles} ({@code
 * messages_fr.properties} and {@code messages_en.properties}) read with a given class loader, or
 * patterns declared in code ({@link #builder()}, used by {@link Rule.Builder#message(String, String,
 * String)}). Any language other than English reads the French text; there is no fallback from one
 * language to the other, so a missing English text is an error, not a French message in an English
 * report.
 *
 * <p>A pattern must keep every character it shows: an apostrophe is written {@code ''} or as the
 * typographic {@code ’}, since {@link MessageFormat} swallows a lone {@code '}. {@link
 * #problems(String)} reports such patterns, and a checker refuses a rule whose messages have any.
 * Instances are immutable and thread-safe.
 */
public final class MessageSource {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String description;
  private final BundleLoader french;
  private final BundleLoader english;

  private interface BundleLoader {
    ResourceBundle load();
  }

  private MessageSource(String description, BundleLoader french, BundleLoader english) {
    this.description = description;
    this.french = french;
    this.english = english;
  }

  /**
   * Reads messages from resource bundles: {@code <baseName>_fr.properties} and {@code
   * <baseName>_en.properties}, found with a class loader.
   *
   * @param baseName the base name, for example {@code org.example.rules.messages}
   * @param loader the class loader that sees the files, typically that of the rule's class
   * @return the source; the bundles are read at first use
   */
  public static MessageSource bundle(String baseName, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    return new MessageSource("bundle " + baseName,
        () -> ResourceBundle.getBundle(baseName, Locale.FRENCH, loader, NO_FALLBACK),
        () -> ResourceBundle.getBundle(baseName, Locale.ENGLISH, loader, NO_FALLBACK));
  }

  /**
   * Starts a source of patterns declared in code.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reduces a locale to a language of the library: English when the locale's language is English,
   * French otherwise.
   *
   * @param locale the locale, not null
   * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}
   */
  public static Locale language(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  /**
   * Returns a pattern.
   *
   * @param key the key, for example {@code MTC-C9-002.none}
   * @param locale the language: English if its language is English, French otherwise
   * @return the pattern
   * @throws MissingResourceException if there is no such key in that language, or no bundle
   */
  public String get(String key, Locale locale) {
    return bundle(locale).getString(Objects.requireNonNull(key, "key"));
  }

  /**
   * Formats the pattern of a key in a language with arguments: the pattern is a {@link
   * MessageFormat} pattern, and each argument is rendered as plain text before it is put in, so that
   * a message reads the same on every machine and in both languages. A {@link java.math.BigDecimal}
   * is written in plain notation ({@code 1000}, not {@code 1E+3}), any other number by its {@code
   * toString()} (no grouping separator, a point as the decimal separator), anything else by its
   * {@code toString()}. The text is returned as the pattern makes it, surrounding white space
   * included. With the pattern {@code {0} dossiers}, the argument {@code 12000} gives {@code 12000
   * dossiers} in both languages, never {@code 12 000} or {@code 12,000}.
   *
   * @param key the key, for example {@code MTC-C9-002.none}
   * @param locale the language: English if its language is English, French otherwise
   * @param arguments the arguments of the pattern, {@code {0}} first; none may be null
   * @return the text
   * @throws MissingResourceException if there is no such key in that language, or no bundle
   * @throws NullPointerException if the key, the locale, the array of arguments or one argument is
   *     null; the message names the index of a null argument
   * @throws IllegalArgumentException if the pattern is not a valid {@link MessageFormat} pattern
   */
  public String format(String key, Locale locale, Object... arguments) {
    Objects.requireNonNull(arguments, "arguments");
    Locale language = language(locale);
    String pattern = get(key, language);
    return new MessageFormat(pattern, language).format(Messages.strings(arguments).toArray());
  }

  /**
   * Returns the keys of both languages that start with a prefix.
   *
   * @param prefix the prefix, for example a rule's id followed by '.'
   * @return the keys, sorted
   * @throws MissingResourceException if a bundle is missing
   */
  public Set<String> keys(String prefix) {
    Set<String> keys = new TreeSet<>();
    for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      for (Enumeration<String> e = bundle(language).getKeys(); e.hasMoreElements(); ) {
        String key = e.nextElement();
        if (key.startsWith(prefix)) {
          keys.add(key);
        }
      }
    }
    return Collections.unmodifiableSet(keys);
  }

  /**
   * Lists what is wrong with the patterns of a rule: a key present in one language only, a pattern
   * that is not a valid {@link MessageFormat}, or one that would swallow an apostrophe.
   *
   * @param prefix the keys to look at, for example a rule's id followed by '.'
   * @return the problems, each naming its key; empty when the patterns are sound
   */
  public List<String> problems(String prefix) {
    java.util.ArrayList<String> problems = new java.util.ArrayList<>();
    for (String key : keys(prefix)) {
      for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String pattern;
        try {
          pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
          problems.add("no " + language.getDisplayLanguage(Locale.ENGLISH) + " text for " + key + " in " + description);
          continue;
        }
        patternProblem(pattern).ifPresent(p -> problems.add(key + " (" + language.getLanguage() + "): " + p));
      }
    }
    return List.copyOf(problems);
  }

  /** True when the source declares no pattern at all (an empty builder). */
  boolean isEmpty() {
    return keys("").isEmpty();
  }

  private ResourceBundle bundle(Locale locale) {
    return language(locale) == Locale.ENGLISH ? english.load() : french.load();
  }

  /**
   * Explains why a pattern is unsafe: malformed, or holding a lone apostrophe that {@link
   * MessageFormat} would swallow (text between two lone apostrophes is quoted, not shown as typed).
   */
  static Optional<String> patternProblem(String pattern) {
    try {
      new MessageFormat(pattern, Locale.FRENCH);
    } catch (IllegalArgumentException e) {
      return Optional.of("not a MessageFormat pattern: " + e.getMessage());
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          i++;
        } else {
          return Optional.of("a lone apostrophe at position " + i + " would disappear: write '' or ’");
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "MessageSource[" + description + "]";
  }

  /** Collects patterns declared in code, in both languages. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> french = new LinkedHashMap<>();
    private final Map<String, String> english = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Declares one pattern in both languages.
     *
     * @param key the full key, for example {@code MTC-C9-002.none}
     * @param frenchPattern the French pattern
     * @param englishPattern the English pattern
     * @return this builder
     * @throws IllegalArgumentException if a pattern is unsafe (see {@link MessageSource}) or the key
     *     is declared twice
     */
    public Builder put(String key, String frenchPattern, String englishPattern) {
      Objects.requireNonNull(key, "key");
      for (String pattern : List.of(Objects.requireNonNull(frenchPattern, "french"),
          Objects.requireNonNull(englishPattern, "english"))) {
        patternProblem(pattern).ifPresent(p -> {
          throw new IllegalArgumentException("Message " + key + ": " + p + ": " + pattern);
        });
      }
      if (french.putIfAbsent(key, frenchPattern) != null) {
        throw new IllegalArgumentException("Message " + key + " is declared twice");
      }
      english.put(key, englishPattern);
      return this;
    }

    /**
     * Makes the source.
     *
     * @return the source
     */
    public MessageSource build() {
      ResourceBundle fr = new MapBundle(Map.copyOf(french));
      ResourceBundle en = new MapBundle(Map.copyOf(english));
      return new MessageSource("declared messages " + new TreeSet<>(french.keySet()), () -> fr, () -> en);
    }
  }

  /** A bundle over an immutable map. */
  private static final class MapBundle extends ResourceBundle {
    private final Map<String, String> entries;

    MapBundle(Map<String, String> entries) {
      this.entries = entries;
    }

    @Override
    protected Object handleGetObject(String key) {
      return entries.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(new TreeSet<>(entries.keySet()));
    }
  }
}
