package io.github.ldmlib.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this library, for example {@code 0.1.0-SNAPSHOT}: the one that the readable
 * reports name as their producer and that {@code ldm --version} prints.
 *
 * <p>The build writes it into the resource {@code io/github/ldmlib/model/version.properties} of
 * this module; it is read at first use. This class is thread-safe.
 */
public final class LibraryVersion {

  /** The resource the build writes the version into, next to this class. */
  static final String RESOURCE = "version.properties";

  private static volatile String current;

  private LibraryVersion() {}

  /**
   * Returns the version of the library.
   *
   * @return the version, for example {@code 0.1.0-SNAPSHOT}
   * @throws IllegalStateException if the version file is missing from the class path, cannot be
   *     read, has no version, or was not written by the build
   */
  public static String current() {
    String version = current;
    if (version == null) {
      try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
        version = read(in);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + path() + ": " + e.getMessage(), e);
      }
      current = version;
    }
    return version;
  }

  /**
   * Reads the version from the content of the version file.
   *
   * @param in the content, null when the file is missing
   * @return the version
   * @throws IOException if the content cannot be read
   * @throws IllegalStateException if the file is missing, has no version, or was not filtered by the build
   */
  static String read(InputStream in) throws IOException {
    if (in == null) {
      throw new IllegalStateException(path() + " is missing from the class path: the version of ldm is unknown");
    }
    Properties properties = new Properties();
    properties.load(in);
    String version = properties.getProperty("version", "").strip();
    if (version.isEmpty()) {
      throw new IllegalStateException(path() + " has no version");
    }
    if (version.contains("${")) {
      throw new IllegalStateException(path() + " was not written by the build: its version is " + version);
    }
    return version;
  }

  private static String path() {
    return LibraryVersion.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
  }
}
