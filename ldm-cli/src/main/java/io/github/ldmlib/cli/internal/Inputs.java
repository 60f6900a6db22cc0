package io.github.ldmlib.cli.internal;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.ReferentialInfo;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialException;
import io.github.ldmlib.model.validation.Violation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading what the commands are given: documents, bundled referentials, academy profiles. */
public final class Inputs {

  private final Texts t;
  private final LdmJson json;

  /**
   * Creates the reader of inputs.
   *
   * @param texts the texts of the user's language; format errors are in that language too
   */
  public Inputs(Texts texts) {
    this.t = texts;
    this.json = LdmJson.defaults().withLocale(texts.locale());
  }

  /** The texts of the user's language. */
  public Texts texts() {
    return t;
  }

  /** The JSON reader and writer, in the user's language. */
  public LdmJson json() {
    return json;
  }

  /**
   * Reads a document of a type from a file.
   *
   * @throws CliException if the file is missing or cannot be read, or the type has no document kind
   * @throws io.github.ldmlib.io.LdmFormatException if the file is not a document of that type
   */
  public <T> T read(Class<T> type, Path file) {
    try {
      return json.read(type, file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Tells the kind of a document from its {@code "kind"}, without reading it as a whole.
   *
   * @param file the file
   * @return the kind
   * @throws CliException if the file is missing or cannot be read
   * @throws io.github.ldmlib.io.LdmFormatException naming the file, line and column, if the kind
   *     cannot be told: not JSON, not an object, no {@code "kind"} or an unknown one
   */
  public DocumentKind<?> kindOf(Path file) {
    try {
      return json.kindOf(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Reads a document of one of the kinds the commands check, its kind told from the file.
   *
   * @param file the file
   * @param command the command, for the message when the file is of another kind
   * @return the document with its kind
   * @throws CliException if the file cannot be read or is of a kind the commands do not check
   * @throws io.github.ldmlib.io.LdmFormatException if the kind cannot be told or the file is not a
   *     valid document of its kind
   */
  public CheckedKind.Document<?> checkable(Path file, String command) {
    return checkable(file, kindOf(file), command);
  }

  /**
   * Reads a document of one of the kinds the commands check, its kind already told.
   *
   * @param file the file
   * @param kind its kind, as {@link #kindOf(Path)} told it
   * @param command the command, for the message when the file is of another kind
   * @return the document with its kind
   * @throws CliException if the file cannot be read or is of a kind the commands do not check
   * @throws io.github.ldmlib.io.LdmFormatException if the file is not a valid document of its kind
   */
  public CheckedKind.Document<?> checkable(Path file, DocumentKind<?> kind, String command) {
    CheckedKind<?> checked = CheckedKind.of(kind).orElseThrow(() -> new CliException(
        t.get("error.notChecked", file.toString(), kind.id(), command, CheckedKind.ids()), ExitCodes.INPUT));
    return checked.document(read(kind.type(), file), file.toString());
  }

  /**
   * Finds the referential to check a dossier against.
   *
   * @param spec {@code ID}, {@code ID@EDITION} or the path of a referential file; empty for the
   *     referential and edition the dossier names (its latest bundled edition if it names none)
   * @param dossier the dossier, or null when there is none (then {@code spec} is required)
   * @return the referential
   */
  public Referential referential(Optional<String> spec, Dossier dossier) {
    if (spec.isPresent()) {
      String s = spec.get();
      Path file = Path.of(s);
      if (s.endsWith(".json") || Files.isRegularFile(file)) {
        return read(Referential.class, file);
      }
      return bundled(s);
    }
    String id = dossier.referentialId();
    return bundled(dossier.referentialEdition().map(e -> id + "@" + e).orElse(id));
  }

  /**
   * Loads a bundled referential.
   *
   * @param spec {@code ID} (latest edition) or {@code ID@EDITION}
   * @return the referential
   * @throws CliException naming the bundled referentials if there is no such referential
   */
  public Referential bundled(String spec) {
    int at = spec.indexOf('@');
    try {
      return at < 0 ? Referentials.latest(spec) : Referentials.load(spec.substring(0, at), spec.substring(at + 1));
    } catch (NoSuchElementException e) {
      throw new CliException(t.get("error.noReferential", spec, bundledList()), ExitCodes.INPUT, e);
    }
  }

  /** The bundled referentials, « id@edition » separated by commas. */
  public String bundledList() {
    return Referentials.list().stream().map(ReferentialInfo::toString).collect(Collectors.joining(", "));
  }

  /**
   * Reads an academy profile, a file or a bundled profile named by its id when no such file
   * exists, and applies it to a referential.
   *
   * @param fileOrId the profile file, or a bundled profile's id
   * @param base the referential to tailor
   * @return the profile and the tailored referential
   */
  public Tailored tailor(String fileOrId, Referential base) {
    Path file = Path.of(fileOrId);
    AcademyProfile profile = !Files.exists(file) && Referentials.profileIds().contains(fileOrId)
        ? Referentials.profile(fileOrId) : read(AcademyProfile.class, file);
    try {
      return new Tailored(profile, profile.applyTo(base, t.locale()));
    } catch (ReferentialException e) {
      String faults = e.violations().stream()
          .map(v -> (v.pointer().isRoot() ? "" : v.pointer() + t.get("text.colon")) + v.message())
          .collect(Collectors.joining(" ; "));
      throw new CliException(t.get("error.profile", file.toString(), profile.id(), base.id() + "@"
          + base.edition().id(), faults), ExitCodes.INPUT, e);
    }
  }

  /** An academy profile and the referential it tailored. */
  public record Tailored(AcademyProfile profile, Referential referential) {}

  /** The one-line error for a file that cannot be read. */
  public CliException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new CliException(t.get("error.noFile", file.toString()), ExitCodes.INPUT, e);
    }
    if (e instanceof AccessDeniedException) {
      return new CliException(t.get("error.accessDenied", file.toString()), ExitCodes.INPUT, e);
    }
    if (Files.isDirectory(file)) {
      return new CliException(t.get("error.isDirectory", file.toString()), ExitCodes.INPUT, e);
    }
    return new CliException(t.get("error.io", file.toString(), String.valueOf(e.getMessage())), ExitCodes.INPUT, e);
  }

  /**
   * Refuses an output file that is the input file itself, under any name: writing would destroy
   * the document read.
   *
   * @param output the file to write
   * @param input the file read
   * @throws CliException if both name the same file
   */
  public void refuseOverwriting(Path output, Path input) {
    try {
      if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
        throw new CliException(t.get("error.outputIsInput", output.toString()), ExitCodes.INPUT);
      }
    } catch (IOException e) {
      // Writing will say what is wrong with the output.
    }
  }

  /**
   * Writes a text file in UTF-8, creating its folder; the text is complete before the file is opened.
   *
   * @param file the file
   * @param text the text
   */
  public void write(Path file, String text) {
    write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Writes a binary file (an office document, a PDF), creating its folder; the bytes are complete
   * before the file is opened.
   *
   * @param file the file
   * @param bytes the content
   */
  public void write(Path file, byte[] bytes) {
    if (Files.isDirectory(file)) {
      throw CliException.output(t.get("error.outputIsDirectory", file.toString()), null);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw CliException.output(t.get("error.outputUnwritable", file.toString(), reason(e)), e);
    }
  }

  /**
   * Makes sure a folder given to {@code -o} can hold the files a command writes: it is created if
   * it does not exist, and refused if it is a file.
   *
   * @param folder the folder
   * @throws CliException blaming the output option
   */
  public void outputFolder(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw CliException.output(t.get("error.outputNotFolder", folder.toString()), null);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw CliException.output(t.get("error.outputUnwritable", folder.toString(), reason(e)), e);
    }
  }

  /**
   * Why a file operation failed, in the user's language: never a Java class name.
   *
   * @param e the exception of the file operation
   * @return a few words
   */
  public String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return t.get("io.accessDenied");
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return t.get("io.noSuchFile");
    }
    if (e instanceof java.nio.file.NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
      return t.get(e instanceof java.nio.file.NotDirectoryException ? "io.notDirectory" : "io.exists");
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      String why = f.getReason();
      return why.equals("Not a directory") ? t.get("io.notDirectory") : t.get("io.other") + " : " + why;
    }
    return t.get("io.other");
  }

  /** The violations of a list as one line. */
  static String oneLine(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining(" ; "));
  }
}
