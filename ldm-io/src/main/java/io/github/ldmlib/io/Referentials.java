package io.github.ldmlib.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * <p>A referential is read, checked for integrity ({@link ReferentialCheck}) and cached on first
 * use; later calls return the same immutable instance. This class is thread-safe.
 */
public final class Referentials {

  private static final String DIRECTORY = "/io/github/ldmlib/io/referentials/";

  private static final Map<String, Referential> CACHE = new ConcurrentHashMap<>();

  private Referentials() {}

  /** The bundled index, read once. */
  private static final class Index {
    static final List<Entry> ENTRIES = read();

    record Entry(ReferentialInfo info, String resource) {}

    private static List<Entry> read() {
      try (InputStream in = Referentials.class.getResourceAsStream(DIRECTORY + "index.json")) {
        if (in == null) {
          throw new IllegalStateException("The index of bundled referentials is missing from the class path");
        }
        JsonNode index = new ObjectMapper().readTree(in);
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : index.path("referentials")) {
          entries.add(new Entry(
              new ReferentialInfo(node.get("id").asText(), node.get("edition").asText(), node.get("title").asText()),
              node.get("resource").asText()));
        }
        return List.copyOf(entries);
      } catch (IOException e) {
        throw new UncheckedIOException("The index of bundled referentials cannot be read", e);
      }
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
   * Applies an academy profile to the bundled referential it is based on: the edition it names, or
   * the latest one.
   *
   * @param profile the profile
   * @return the tailored referential
   * @throws NoSuchElementException if the base referential is not bundled
   * @throws io.github.ldmlib.model.referential.ProfileException if the profile does not fit its base
   */
  public static Referential tailor(AcademyProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Referential base = profile.baseEdition()
        .map(edition -> load(profile.baseReferentialId(), edition))
        .orElseGet(() -> latest(profile.baseReferentialId()));
    return profile.applyTo(base);
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
      return ReferentialCheck.requireSound(LdmJson.defaults().read(Referential.class, in, name));
    } catch (IOException e) {
      throw new UncheckedIOException(name + " cannot be read", e);
    }
  }
}
