package io.github.ldmlib.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The official referentials bundled with the library (<i>cahiers des charges</i>), as data read
 * through {@link LdmJson}: the national cahier des charges of 2023 in the editions of January 2024
 * and January 2026 of the auditors' guide ({@code ldm-national-2023}), and the academic cahier des
 * charges 2012 of Aix-Marseille ({@code aix-marseille-2012}).
 *
 * <pre>{@code
 * Referential national = Referentials.load("ldm-national-2023", "2026-01");
 * Referential latest = Referentials.latest("ldm-national-2023");        // same, today
 * Referential academy = Referentials.tailor(profile);                    // an academy profile applied
 * }</pre>
 *
 * <p>A referential is read and cached on first use; later calls return the same immutable instance.
 * The bundled files are part of the library: its build checks each of them for integrity ({@link
 * ReferentialCheck}: every Bean Validation constraint, unique ids, resolved references), so loading
 * one does not check it again, which saves a fresh JVM about a tenth of a second before its first
 * report. Check a referential read from elsewhere with {@link ReferentialCheck}. This class is
 * thread-safe.
 */
public final class Referentials {

  private static final String DIRECTORY = "/io/github/ldmlib/io/referentials/";
  private static final String INDEX = "index.json";

  private static final Map<String, Referential> CACHE = new ConcurrentHashMap<>();

  private Referentials() {}

  /**
   * The bundled index, read once. {@code index.json} is an internal resource of this class, not a
   * document of the JSON format: an object whose {@code referentials} array lists, for each bundled
   * file, its {@code id}, {@code edition}, {@code title} and {@code resource} name.
   */
  private static final class Index {
    static final List<Entry> ENTRIES = read();

    record Entry(ReferentialInfo info, String resource) {}

    private static List<Entry> read() {
      // The streaming parser only: a tree model would load the whole of jackson-databind at start-up.
      try (InputStream in = Referentials.class.getResourceAsStream(DIRECTORY + INDEX)) {
        if (in == null) {
          throw new IllegalStateException("The index of bundled referentials is missing from the class path");
        }
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
          expect(p, p.nextToken(), JsonToken.START_OBJECT);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!field.equals("referentials")) {
              p.skipChildren();
              continue;
            }
            expect(p, value, JsonToken.START_ARRAY);
            while (p.nextToken() != JsonToken.END_ARRAY) {
              expect(p, p.currentToken(), JsonToken.START_OBJECT);
              entries.add(entry(p));
            }
          }
        }
        if (entries.isEmpty()) {
          throw new IllegalStateException(INDEX + " lists no referential");
        }
        return List.copyOf(entries);
      } catch (IOException e) {
        throw new UncheckedIOException("The index of bundled referentials cannot be read", e);
      }
    }

    /** Reads one entry, the parser on its opening brace. */
    private static Entry entry(JsonParser p) throws IOException {
      Map<String, String> fields = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_STRING) {
          fields.put(field, p.getText());
        } else {
          p.skipChildren();
        }
      }
      return new Entry(new ReferentialInfo(text(fields, "id"), text(fields, "edition"), text(fields, "title")),
          text(fields, "resource"));
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) {
      if (actual != expected) {
        throw new IllegalStateException(INDEX + ": expected " + expected + " but found " + actual + " at line "
            + p.currentLocation().getLineNr());
      }
    }

    private static String text(Map<String, String> entry, String field) {
      String value = entry.get(field);
      if (value == null) {
        throw new IllegalStateException(INDEX + ": an entry has no text " + field + ": " + entry);
      }
      return value;
    }
  }

  /**
   * Lists the bundled referentials, ordered by id then edition.
   *
   * @return every bundled referential, without loading any
   */
  public static List<ReferentialInfo> list() {
    return Index.ENTRIES.stream().map(Index.Entry::info)
        .sorted(Comparator.comparing(ReferentialInfo::id).thenComparing(ReferentialInfo::edition))
        .toList();
  }

  /**
   * Loads a bundled referential in one edition.
   *
   * @param id the referential id, for example {@code ldm-national-2023}
   * @param edition the edition id, for example {@code 2026-01}
   * @return the referential, cached
   * @throws NoSuchElementException if no bundled referential has that id and edition; the message
   *     lists the bundled ones
   */
  public static Referential load(String id, String edition) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(edition, "edition");
    Index.Entry entry = Index.ENTRIES.stream()
        .filter(e -> e.info().id().equals(id) && e.info().edition().equals(edition))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(
            "No bundled referential " + id + "@" + edition + "; bundled: " + bundled()));
    return CACHE.computeIfAbsent(entry.info().toString(), key -> read(entry.resource()));
  }

  /**
   * Loads the latest bundled edition of a referential (edition ids sort by date).
   *
   * @param id the referential id
   * @return the referential in its latest edition, cached
   * @throws NoSuchElementException if no bundled referential has that id
   */
  public static Referential latest(String id) {
    Objects.requireNonNull(id, "id");
    return list().stream().filter(i -> i.id().equals(id))
        .max(Comparator.comparing(ReferentialInfo::edition))
        .map(i -> load(i.id(), i.edition()))
        .orElseThrow(() -> new NoSuchElementException(
            "No bundled referential " + id + "; bundled: " + bundled()));
  }

  /**
   * Applies an academy profile to the bundled referential it is based on, with French messages in
   * case of faults.
   *
   * @param profile the profile
   * @return the tailored referential
   * @throws NoSuchElementException if the base referential is not bundled
   * @throws io.github.ldmlib.model.referential.ProfileException if the profile does not fit its base
   * @see #tailor(AcademyProfile, Locale)
   */
  public static Referential tailor(AcademyProfile profile) {
    return tailor(profile, Locale.FRENCH);
  }

  /**
   * Applies an academy profile to the bundled referential it is based on: the edition it names, or
   * the latest one.
   *
   * <p>This is the second step of reading a profile file. {@link LdmJson} reads the file and checks
   * its <em>format</em> only; this method checks that the profile fits its referential and throws a
   * {@link io.github.ldmlib.model.referential.ProfileException} listing every fault with its JSON
   * Pointer in the profile file: a criterion that redefines one of the referential's ({@code
   * /criteria/1/id}), an id used twice or already used by the referential ({@code
   * /criteria/0/requirements/1/id}), an added requirement for an unknown criterion ({@code
   * /addedRequirements/0/criterionId}), more academic criteria than the referential allows…
   *
   * <pre>{@code
   * AcademyProfile profile = LdmJson.defaults().read(AcademyProfile.class, file);   // LdmFormatException
   * Referential tailored = Referentials.tailor(profile, Locale.ENGLISH);          // ProfileException
   * }</pre>
   *
   * @param profile the profile
   * @param locale the language of the fault messages: English when the locale's language is
   *     English, French otherwise
   * @return the tailored referential
   * @throws NoSuchElementException if the base referential is not bundled
   * @throws io.github.ldmlib.model.referential.ProfileException if the profile does not fit its base
   */
  public static Referential tailor(AcademyProfile profile, Locale locale) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(locale, "locale");
    Referential base = profile.baseEdition()
        .map(edition -> load(profile.baseReferentialId(), edition))
        .orElseGet(() -> latest(profile.baseReferentialId()));
    return profile.applyTo(base, locale);
  }

  /** The academy and regional profiles bundled with the library, by id. */
  private static final List<String> PROFILES = List.of("nouvelle-aquitaine-2023");

  private static final Map<String, AcademyProfile> PROFILE_CACHE = new ConcurrentHashMap<>();

  /**
   * The ids of the bundled academy and regional profiles: {@code nouvelle-aquitaine-2023}, the
   * Nouvelle-Aquitaine campaign calendar (the dossier and its evidence returned three weeks before
   * the audit), which is that region's, not the national referential's.
   *
   * @return the ids, unmodifiable
   */
  public static List<String> profileIds() {
    return PROFILES;
  }

  /**
   * Loads a bundled academy or regional profile; apply it with {@link #tailor(AcademyProfile)}.
   *
   * <pre>{@code
   * Referential naCampaign = Referentials.tailor(Referentials.profile("nouvelle-aquitaine-2023"));
   * }</pre>
   *
   * @param id the profile id, one of {@link #profileIds()}
   * @return the profile, cached
   * @throws NoSuchElementException if no bundled profile has that id; the message lists them
   */
  public static AcademyProfile profile(String id) {
    Objects.requireNonNull(id, "id");
    if (!PROFILES.contains(id)) {
      throw new NoSuchElementException("No bundled profile " + id + "; bundled: " + String.join(", ", PROFILES));
    }
    return PROFILE_CACHE.computeIfAbsent(id, key -> {
      String resource = "/io/github/ldmlib/io/profiles/" + key + ".json";
      try (InputStream in = Referentials.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("classpath:" + resource + " is missing from the class path");
        }
        return LdmJson.defaults().read(AcademyProfile.class, in, "classpath:" + resource);
      } catch (IOException e) {
        throw new UncheckedIOException("classpath:" + resource + " cannot be read", e);
      }
    });
  }

  private static String bundled() {
    return list().stream().map(ReferentialInfo::toString).collect(Collectors.joining(", "));
  }

  private static Referential read(String resource) {
    String name = "classpath:" + DIRECTORY + resource;
    try (InputStream in = Referentials.class.getResourceAsStream(DIRECTORY + resource)) {
      if (in == null) {
        throw new IllegalStateException(name + " is listed in the index but missing from the class path");
      }
      // Sound by construction: BundledReferentialModelTest checks every bundled file with ReferentialCheck.
      return LdmJson.defaults().read(Referential.class, in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(name + " cannot be read", e);
    }
  }
}
