package io.github.ldmlib.io;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.meta.DocumentKind;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.ldmlib.io.internal.DocumentCodec;
import io.github.ldmlib.io.internal.KindDetector;
import io.github.ldmlib.io.internal.LimitedGenerator;
import io.github.ldmlib.io.internal.LineSource;
import io.github.ldmlib.io.internal.Lookbehind;
import io.github.ldmlib.io.internal.Messages;
import io.github.ldmlib.io.internal.ModelCodecs;
import io.github.ldmlib.io.internal.ParseErrors;
import io.github.ldmlib.io.internal.ReadState;
import io.github.ldmlib.io.internal.Utf8Check;
import io.github.ldmlib.io.internal.Utf8Reader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the documents of the label in its JSON format (<i>format JSON du label</i>):
 * {@link io.github.ldmlib.model.dossier.Dossier dossiers}, {@link
 * io.github.ldmlib.model.referential.Referential referentials}, {@link
 * io.github.ldmlib.model.referential.AcademyProfile academy profiles}, {@link
 * io.github.ldmlib.model.conformity.ConformityReport conformity reports}, the documents of audits
 * and of the label's life, {@link io.github.ldmlib.model.audit.AuditFile audit files} that gather
 * them; {@link io.github.ldmlib.model.meta.DocumentKind} lists them with their model types.
 *
 * <pre>{@code
 * LdmJson json = LdmJson.defaults();                       // strict, French messages
 * Dossier dossier = json.read(Dossier.class, Path.of("dossier.json"));
 * json.write(dossier, Path.of("copie.json"));
 * AuditPlan plan = json.read(AuditPlan.class, Path.of("plan-audit.json"));
 * json.write(report, System.out);                          // a ConformityReport
 * }</pre>
 *
 * <p>A document whose kind is not known in advance is first asked for it, {@link #kindOf(Path)},
 * then read as that kind's type.
 *
 * <p><b>Reading</b> is strict: malformed JSON, a wrong type, an unknown or duplicate key, a
 * missing required key, an unknown enum constant, an invalid UAI, school year or date, a
 * {@code formatVersion} of another major version, a document of another kind, or a value beyond
 * the {@linkplain #withLimits(ReadLimits) limits}, or a derived value (a conformity report's
 * counts, verdicts, readiness) that does not follow from the rest of the document throws one
 * {@link LdmFormatException} that
 * names the source, line, column and JSON Pointer of the fault; no partially built object is ever
 * returned. {@linkplain #withLenient(boolean) Lenient mode} ignores unknown properties and reports
 * them as {@link FormatWarning warnings}. A document of a newer minor version ({@code "1.3"}) is
 * read, its unknown properties ignored with warnings. Reading checks the format only: a dossier that
 * is well-formed JSON but incomplete or inconsistent is returned, for {@link
 * io.github.ldmlib.model.validation.LdmValidation} and the rules to judge, and an academy profile
 * is checked against its referential when it is applied ({@link
 * Referentials#tailor(io.github.ldmlib.model.referential.AcademyProfile, Locale)}). Input is UTF-8; a byte
 * order mark is skipped.
 *
 * <p><b>Writing</b> renders the whole document before it writes anything, and is deterministic
 * and lossless: the same object always gives the same bytes
 * (UTF-8, keys in the model's declaration order after {@code formatVersion} and {@code kind},
 * absent values and empty lists omitted, two-space indentation, line feeds, a final line feed), and
 * reading them back gives an equal object.
 *
 * <p>Instances are immutable and thread-safe; configure one and share it. The {@code with...}
 * methods return a new instance.
 */
public final class LdmJson {

  /** The version of the format this library writes, {@value}; it reads every {@code 1.x}. */
  public static final String FORMAT_VERSION = ReadState.MAJOR + "." + ReadState.MINOR;

  /** The source name given to documents read from a string. */
  public static final String STRING_SOURCE = "<string>";

  private static final LdmJson DEFAULTS = new LdmJson(false, Locale.FRENCH, ReadLimits.defaults(), true);

  private final boolean lenient;
  private final Locale locale;
  private final ReadLimits limits;
  private final boolean prettyPrint;
  private final JsonFactory factory;

  private LdmJson(boolean lenient, Locale locale, ReadLimits limits, boolean prettyPrint) {
    this.lenient = lenient;
    this.locale = Objects.requireNonNull(locale, "locale");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.prettyPrint = prettyPrint;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** Returns the default reader and writer: strict, French messages, default limits, pretty-printed. */
  public static LdmJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that is lenient (unknown properties are ignored and reported as warnings) or
   * strict (unknown properties are errors, the default). Every other fault stays an error.
   *
   * @param lenient true for lenient
   * @return the new instance
   */
  public LdmJson withLenient(boolean lenient) {
    return new LdmJson(lenient, locale, limits, prettyPrint);
  }

  /**
   * Returns a copy whose messages are in another language: English when the locale's language is
   * English, French otherwise.
   *
   * @param locale the locale, not null
   * @return the new instance
   */
  public LdmJson withLocale(Locale locale) {
    return new LdmJson(lenient, locale, limits, prettyPrint);
  }

  /**
   * Returns a copy with other limits. They bound what it reads and what it writes alike: its writer
   * refuses a value its reader would refuse, so that what it writes, it reads back.
   *
   * @param limits the limits, not null
   * @return the new instance
   */
  public LdmJson withLimits(ReadLimits limits) {
    return new LdmJson(lenient, locale, limits, prettyPrint);
  }

  /**
   * Returns a copy that writes pretty-printed documents (the default) or compact ones, on one line
   * as JSON Lines needs.
   *
   * @param prettyPrint true for indented output
   * @return the new instance
   */
  public LdmJson withPrettyPrint(boolean prettyPrint) {
    return new LdmJson(lenient, locale, limits, prettyPrint);
  }

  /** Whether unknown properties are warnings rather than errors. */
  public boolean isLenient() {
    return lenient;
  }

  /** The locale of messages. */
  public Locale locale() {
    return locale;
  }

  /** The limits of what this instance reads, and writes. */
  public ReadLimits limits() {
    return limits;
  }

  /** Whether documents are written indented. */
  public boolean isPrettyPrint() {
    return prettyPrint;
  }

  /**
   * Returns a Jackson module with the same leniency and language, for a host application's {@code
   * ObjectMapper}. The read limits are those of the host's {@code JsonFactory}.
   *
   * @return a new module
   */
  public LdmModule module() {
    return new LdmModule(lenient, locale);
  }

  /**
   * Returns a Jackson 3 module ({@code tools.jackson}) with the same leniency and language, for a
   * host application's Jackson 3 {@code ObjectMapper} (Spring Boot 4). The read limits are those
   * of the host's {@code JsonFactory}. Jackson 3 is an optional dependency: call this only where
   * {@code tools.jackson.core:jackson-databind} is on the class path.
   *
   * @return a new module
   */
  public LdmJackson3Module jackson3Module() {
    return new LdmJackson3Module(lenient, locale);
  }

  // ------------------------------------------------------------------ telling the kind

  /**
   * Tells the kind of the document in a UTF-8 file, from the {@code "kind"} of its header, without
   * reading the document: the rest of the top level is skipped unread. Read the document then as
   * that kind's type ({@code read(kind.type(), file)}), which checks everything else.
   *
   * <pre>{@code
   * DocumentKind<?> kind = json.kindOf(Path.of("audit.json"));   // DocumentKind.AUDIT_FILE
   * Object document = json.read(kind.type(), Path.of("audit.json"));
   * }</pre>
   *
   * @param file the file; its path is the source name of errors
   * @return the kind the document names
   * @throws LdmFormatException if the kind cannot be told, naming the file, line, column and why:
   *     the file is empty or not JSON ({@link FormatProblem#MALFORMED_JSON}), not a JSON object
   *     ({@link FormatProblem#WRONG_TYPE}), of an unsupported {@code formatVersion} ({@link
   *     FormatProblem#UNSUPPORTED_FORMAT_VERSION}), has no {@code "kind"} ({@link
   *     FormatProblem#MISSING_PROPERTY}), or a {@code "kind"} that is not a string ({@link
   *     FormatProblem#WRONG_TYPE}) or names no kind ({@link FormatProblem#WRONG_DOCUMENT_KIND})
   * @throws IOException if the file cannot be read
   */
  public DocumentKind<?> kindOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return detect(new Utf8Reader(in), file.toString());
    }
  }

  /**
   * Tells the kind of the document in a UTF-8 stream, as {@link #kindOf(Path)} does. The stream
   * is not closed, and it may have been read past the header: open a new one to read the document.
   *
   * @param in the stream
   * @param sourceName the name of the source in error messages
   * @return the kind the document names
   * @throws LdmFormatException if the kind cannot be told, as {@link #kindOf(Path)} says
   * @throws IOException if reading fails
   */
  public DocumentKind<?> kindOf(InputStream in, String sourceName) throws IOException {
    return detect(new Utf8Reader(Objects.requireNonNull(in, "in")), sourceName);
  }

  /**
   * Tells the kind of the document in a string, as {@link #kindOf(Path)} does; errors name the
   * source {@value #STRING_SOURCE}.
   *
   * @param json the JSON text
   * @return the kind the document names
   * @throws LdmFormatException if the kind cannot be told, as {@link #kindOf(Path)} says
   */
  public DocumentKind<?> kindOf(String json) {
    try {
      return detect(new StringReader(Objects.requireNonNull(json, "json")), STRING_SOURCE);
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  private DocumentKind<?> detect(Reader reader, String sourceName) throws IOException {
    Objects.requireNonNull(sourceName, "sourceName");
    Lookbehind text = new Lookbehind(reader);
    ReadState s = new ReadState(lenient, locale, sourceName, 0, w -> { }, limits.maxArrayLength(), false)
        .lookbehind(text);
    try (JsonParser p = factory.createParser(text)) {
      try {
        return KindDetector.detect(p, s);
      } catch (JsonProcessingException e) {
        throw ParseErrors.convert(e, p, s, limits);
      } catch (Utf8Reader.EncodingException e) {
        throw ParseErrors.encoding(e, s);
      }
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param type the document type ({@link io.github.ldmlib.model.meta.DocumentKind#type()}), for example {@code Dossier.class}
   * @param file the file; its path is the source name of errors
   * @param <T> the document type
   * @return the document
   * @throws LdmFormatException if the file is not a valid document of that type
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T read(Class<T> type, Path file) throws IOException {
    return readWithWarnings(type, file).value();
  }

  /**
   * Reads a document from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param type the document type
   * @param in the stream
   * @param sourceName the name of the source in error messages, for example a file or URL
   * @param <T> the document type
   * @return the document
   * @throws LdmFormatException if the input is not a valid document of that type
   * @throws IOException if reading fails
   */
  public <T> T read(Class<T> type, InputStream in, String sourceName) throws IOException {
    return readWithWarnings(type, in, sourceName).value();
  }

  /**
   * Reads a document from a character stream, which is not closed.
   *
   * @param type the document type
   * @param in the reader
   * @param sourceName the name of the source in error messages
   * @param <T> the document type
   * @return the document
   * @throws LdmFormatException if the input is not a valid document of that type
   * @throws IOException if reading fails
   */
  public <T> T read(Class<T> type, Reader in, String sourceName) throws IOException {
    return readWithWarnings(type, in, sourceName).value();
  }

  /**
   * Reads a document from a string; errors name the source {@value #STRING_SOURCE}.
   *
   * @param type the document type
   * @param json the JSON text
   * @param <T> the document type
   * @return the document
   * @throws LdmFormatException if the text is not a valid document of that type
   */
  public <T> T read(Class<T> type, String json) {
    return readWithWarnings(type, json).value();
  }

  /**
   * Reads a document from a UTF-8 file, with the warnings of the reading.
   *
   * @param type the document type
   * @param file the file
   * @param <T> the document type
   * @return the document and its warnings
   * @throws LdmFormatException if the file is not a valid document of that type
   * @throws IOException if the file cannot be read
   */
  public <T> ReadResult<T> readWithWarnings(Class<T> type, Path file) throws IOException {
    DocumentCodec<T> codec = ModelCodecs.document(type);
    try (InputStream in = Files.newInputStream(file)) {
      return parseBytes(codec, in, file.toString());
    }
  }

  /**
   * Reads a document from a UTF-8 stream, with the warnings of the reading.
   *
   * @param type the document type
   * @param in the stream, not closed
   * @param sourceName the name of the source in error messages
   * @param <T> the document type
   * @return the document and its warnings
   * @throws LdmFormatException if the input is not a valid document of that type
   * @throws IOException if reading fails
   */
  public <T> ReadResult<T> readWithWarnings(Class<T> type, InputStream in, String sourceName)
      throws IOException {
    DocumentCodec<T> codec = ModelCodecs.document(type);
    return parseBytes(codec, Objects.requireNonNull(in, "in"), sourceName);
  }

  /**
   * Reads a document from a character stream, with the warnings of the reading.
   *
   * @param type the document type
   * @param in the reader, not closed
   * @param sourceName the name of the source in error messages
   * @param <T> the document type
   * @return the document and its warnings
   * @throws LdmFormatException if the input is not a valid document of that type
   * @throws IOException if reading fails
   */
  public <T> ReadResult<T> readWithWarnings(Class<T> type, Reader in, String sourceName) throws IOException {
    DocumentCodec<T> codec = ModelCodecs.document(type);
    return parse(codec, Objects.requireNonNull(in, "in"), sourceName, 0, false);
  }

  /**
   * Reads a document from a string, with the warnings of the reading.
   *
   * @param type the document type
   * @param json the JSON text
   * @param <T> the document type
   * @return the document and its warnings
   * @throws LdmFormatException if the text is not a valid document of that type
   */
  public <T> ReadResult<T> readWithWarnings(Class<T> type, String json) {
    DocumentCodec<T> codec = ModelCodecs.document(type);
    try {
      return parse(codec, new StringReader(Objects.requireNonNull(json, "json")), STRING_SOURCE, 0, false);
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  /**
   * Reads a batch of documents in JSON Lines form from a UTF-8 file, one document per line.
   *
   * @param type the document type
   * @param file the file, closed with the returned reader
   * @param <T> the document type
   * @return a reader of the lines; close it
   * @throws IOException if the file cannot be opened
   */
  public <T> JsonLinesReader<T> readLines(Class<T> type, Path file) throws IOException {
    ModelCodecs.document(type);
    InputStream in = Files.newInputStream(file);
    return new JsonLinesReader<>(this, type, LineSource.of(in, limits.maxDocumentLength(), true), file.toString());
  }

  /**
   * Reads a batch of documents in JSON Lines form from a UTF-8 stream.
   *
   * @param type the document type
   * @param in the stream; closing the returned reader does not close it
   * @param sourceName the name of the source in error messages
   * @param <T> the document type
   * @return a reader of the lines
   */
  public <T> JsonLinesReader<T> readLines(Class<T> type, InputStream in, String sourceName) {
    ModelCodecs.document(type);
    return new JsonLinesReader<>(this, type,
        LineSource.of(Objects.requireNonNull(in, "in"), limits.maxDocumentLength(), false),
        Objects.requireNonNull(sourceName, "sourceName"));
  }

  /**
   * Reads a batch of documents in JSON Lines form from a character stream.
   *
   * @param type the document type
   * @param in the reader; closing the returned reader does not close it
   * @param sourceName the name of the source in error messages
   * @param <T> the document type
   * @return a reader of the lines
   */
  public <T> JsonLinesReader<T> readLines(Class<T> type, Reader in, String sourceName) {
    ModelCodecs.document(type);
    return new JsonLinesReader<>(this, type,
        LineSource.of(Objects.requireNonNull(in, "in"), limits.maxDocumentLength(), false),
        Objects.requireNonNull(sourceName, "sourceName"));
  }

  <T> JsonLine<T> readLine(Class<T> type, LineSource.Line line, String sourceName) {
    List<FormatWarning> none = List.of();
    if (line.fault() != null) {
      ReadState s = new ReadState(lenient, locale, sourceName, line.number() - 1, w -> { }, limits.maxArrayLength(), true);
      LdmFormatException e = line.fault() == LineSource.Fault.TOO_LONG
          ? s.errorAt(1, line.faultColumn(), JsonPointer.root(), FormatProblem.LIMIT_EXCEEDED, "limit.line",
              Long.toString(limits.maxDocumentLength()))
          : s.errorAt(1, line.faultColumn(), JsonPointer.root(), FormatProblem.MALFORMED_JSON, "malformed.encoding");
      return new JsonLine<>(line.number(), Optional.empty(), Optional.of(e), none);
    }
    try {
      ReadResult<T> result = parse(ModelCodecs.document(type), new StringReader(line.text()), sourceName,
          line.number() - 1, true);
      return new JsonLine<>(line.number(), Optional.of(result.value()), Optional.empty(), result.warnings());
    } catch (LdmFormatException e) {
      return new JsonLine<>(line.number(), Optional.empty(), Optional.of(e), none);
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
  }

  /**
   * Reads UTF-8 bytes. A document of at most {@code maxDocumentLength} bytes that is well-formed
   * UTF-8 is parsed from the bytes by Jackson's byte parser, about twice as fast as decoding to
   * characters first; the bytes are kept as they stream by, so that hostile input is refused as
   * early as the character reader would refuse it. That parser counts columns in bytes and checks
   * UTF-8 less strictly, so whenever that read finds anything to say (an error or a warning), or the
   * bytes are not plainly UTF-8, or the document is longer, the input is read again (the bytes kept,
   * then the rest of the stream) as characters through {@link
   * Utf8Reader}: errors and warnings are exactly those of the character reader, line and column in
   * characters included. Both readers build the same document from the same valid text. A {@link
   * ByteArrayInputStream} is read again from where the read started (it can be reset there), so its
   * bytes, already in memory, are not kept a second time.
   */
  private <T> ReadResult<T> parseBytes(DocumentCodec<T> codec, InputStream in, String sourceName)
      throws IOException {
    Objects.requireNonNull(sourceName, "sourceName");
    boolean resettable = in.getClass() == ByteArrayInputStream.class;
    if (resettable) {
      in.mark(0);
    }
    Recording recording = new Recording(in, !resettable);
    try {
      ReadResult<T> result = parse(codec, factory.createParser(recording), sourceName, 0, false, null, true);
      if (result.warnings().isEmpty() && recording.isPlainUtf8()) {
        return result;
      }
    } catch (LdmFormatException | IOException readAgainToLocate) {
      // Read again below, as characters, for the exact error.
    }
    InputStream all;
    if (resettable) {
      in.reset();
      all = in;
    } else {
      all = new HeadThenRest(recording.bytes(), in);
    }
    return parse(codec, new Utf8Reader(all), sourceName, 0, false);
  }

  /**
   * Keeps every byte the byte parser reads (unless the input can be read again otherwise), so that
   * the input can be read again as characters, and checks that they are plain UTF-8 as they go by;
   * it streams, so hostile input is refused after the few bytes the parser needed to see, and it
   * never closes the stream it reads. The bytes are kept in blocks of a fixed size: a long document is neither copied again at each
   * doubling of one array nor held in one huge array.
   */
  private static final class Recording extends InputStream {
    private static final int BLOCK = 64 * 1024;
    private final InputStream in;
    private final boolean keeping;
    private final Utf8Check utf8 = new Utf8Check();
    private final List<byte[]> full = new ArrayList<>();
    private byte[] block;
    private int used;
    private boolean plain = true;

    Recording(InputStream in, boolean keeping) {
      this.in = in;
      this.keeping = keeping;
      this.block = keeping ? new byte[8192] : null;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        keep(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        keep(b, off, n);
      }
      return n;
    }

    private void keep(byte[] b, int off, int n) {
      plain = plain && utf8.accept(b, off, n);
      while (keeping && n > 0) {
        if (used == block.length) {
          if (block.length < BLOCK) {
            block = Arrays.copyOf(block, BLOCK);
          } else {
            full.add(block);
            block = new byte[BLOCK];
            used = 0;
          }
        }
        int k = Math.min(n, block.length - used);
        System.arraycopy(b, off, block, used, k);
        used += k;
        off += k;
        n -= k;
      }
    }

    /** Tells whether every byte read is plain UTF-8 and no character is left unfinished. */
    boolean isPlainUtf8() {
      return plain && utf8.isComplete();
    }

    /** The bytes read, in one array. */
    byte[] bytes() {
      long size = (long) full.size() * BLOCK + used;
      byte[] all = new byte[Math.toIntExact(size)];
      int at = 0;
      for (byte[] b : full) {
        System.arraycopy(b, 0, all, at, b.length);
        at += b.length;
      }
      System.arraycopy(block, 0, all, at, used);
      return all;
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  /**
   * The bytes already read, then the rest of the stream, delivered in the chunks the stream alone
   * would have delivered: a read that spans the end of the head goes on with one read of the rest.
   * (Where the parser reports a document that is too long depends on those chunks.)
   */
  private static final class HeadThenRest extends InputStream {
    private final byte[] head;
    private final InputStream rest;
    private int position;

    HeadThenRest(byte[] head, InputStream rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      return position < head.length ? head[position++] & 0xFF : rest.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (position >= head.length) {
        return rest.read(b, off, len);
      }
      int n = Math.min(len, head.length - position);
      System.arraycopy(head, position, b, off, n);
      position += n;
      if (n < len) {
        int more = rest.read(b, off + n, len - n);
        if (more > 0) {
          n += more;
        }
      }
      return n;
    }
  }

  private <T> ReadResult<T> parse(DocumentCodec<T> codec, Reader reader, String sourceName, long lineOffset,
      boolean oneLine) throws IOException {
    Lookbehind text = new Lookbehind(reader);
    return parse(codec, factory.createParser(text), sourceName, lineOffset, oneLine, text, false);
  }

  private <T> ReadResult<T> parse(DocumentCodec<T> codec, JsonParser parser, String sourceName, long lineOffset,
      boolean oneLine, Lookbehind text, boolean readAgainToLocate) throws IOException {
    Objects.requireNonNull(sourceName, "sourceName");
    List<FormatWarning> warnings = new ArrayList<>();
    ReadState s = new ReadState(lenient, locale, sourceName, lineOffset, warnings::add, limits.maxArrayLength(),
        oneLine).lookbehind(text);
    if (readAgainToLocate) {
      s.placesDiscarded();
    }
    try (JsonParser p = parser) {
      try {
        if (p.nextToken() == null) {
          throw s.error(p.currentLocation(), JsonPointer.root(), FormatProblem.MALFORMED_JSON, "malformed.empty");
        }
        T value = codec.read(p, s);
        if (p.nextToken() != null) {
          throw s.error(p, FormatProblem.MALFORMED_JSON, "malformed.trailing");
        }
        if (s.warningsNotKept() > 0) {
          FormatWarning last = warnings.get(warnings.size() - 1);
          warnings.add(new FormatWarning(last.problem(), sourceName, last.line(), last.column(), JsonPointer.root(),
              Messages.of(locale).format("warnings.notKept", Integer.toString(s.warningsNotKept()),
                  Integer.toString(ReadState.MAX_WARNINGS)), locale));
        }
        String version = ReadState.MAJOR + "." + Math.max(ReadState.MINOR, s.documentMinor());
        return new ReadResult<>(value, warnings, s.unknownKept(), s.unknownNotKept(), version);
      } catch (JsonProcessingException e) {
        throw ParseErrors.convert(e, p, s, limits);
      } catch (Utf8Reader.EncodingException e) {
        throw ParseErrors.encoding(e, s);
      }
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a document as a string.
   *
   * @param document an object of a document type ({@link io.github.ldmlib.model.meta.DocumentKind#type()}), for example a
   *     {@link io.github.ldmlib.model.dossier.Dossier}
   * @return the JSON text, ending with a line feed
   * @throws IllegalArgumentException if the object is not of a document type, holds a date whose
   *     year is outside 0000–9999, or holds a value that a reader with this instance's {@linkplain
   *     #limits() limits} would refuse (the message names its pointer and the limit)
   */
  public String writeString(Object document) {
    return new String(render(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes a document to a file in UTF-8, replacing the file if it exists. The document is
   * rendered completely before the file is opened, so that a document that cannot be written
   * leaves no partial file.
   *
   * @param document the document
   * @param file the file
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the object is not of a document type, holds a date whose
   *     year is outside 0000–9999, or holds a value that a reader with this instance's {@linkplain
   *     #limits() limits} would refuse (the message names its pointer and the limit)
   */
  public void write(Object document, Path file) throws IOException {
    Files.write(file, render(document));
  }

  /**
   * Writes a document to a stream in UTF-8; the stream is flushed, not closed. Nothing is written
   * if the document cannot be written.
   *
   * @param document the document
   * @param out the stream
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the object is not of a document type, holds a date whose
   *     year is outside 0000–9999, or holds a value that a reader with this instance's {@linkplain
   *     #limits() limits} would refuse (the message names its pointer and the limit)
   */
  public void write(Object document, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(render(document));
    out.flush();
  }

  /**
   * Writes a document to a character stream; the stream is flushed, not closed. Nothing is written
   * if the document cannot be written.
   *
   * @param document the document
   * @param out the writer
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the object is not of a document type, holds a date whose
   *     year is outside 0000–9999, or holds a value that a reader with this instance's {@linkplain
   *     #limits() limits} would refuse (the message names its pointer and the limit)
   */
  public void write(Object document, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(writeString(document));
    out.flush();
  }

  /** Renders a document completely, in UTF-8. */
  /**
   * Writes back a document read, with the unknown properties its reading ignored and kept ({@link
   * ReadResult#unknownProperties()}): each in the object it was in, after the properties ldm knows,
   * its value as it was written. A document of a newer minor version of the format declares that
   * version again, so that a reader treats those properties as it did. Reading the text back with
   * the same leniency gives the same result.
   *
   * @param read the result of a read, or of {@link ReadResult#withValue} after a change
   * @return the JSON text, ending with a line feed
   * @throws IllegalArgumentException if the value cannot be written ({@link #writeString(Object)}),
   *     if some unknown properties were not kept ({@link ReadResult#unknownPropertiesNotKept()}), or
   *     if the object that held one is no longer in the document: writing would lose them
   */
  public String writeString(ReadResult<?> read) {
    return new String(render(read), StandardCharsets.UTF_8);
  }

  /**
   * Writes back a document read to a file in UTF-8, with the unknown properties its reading kept,
   * as {@link #writeString(ReadResult)} does; nothing is written if it cannot be.
   *
   * @param read the result of a read
   * @param file the file
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException as {@link #writeString(ReadResult)} says
   */
  public void write(ReadResult<?> read, Path file) throws IOException {
    Files.write(file, render(read));
  }

  private byte[] render(ReadResult<?> read) {
    Objects.requireNonNull(read, "read");
    if (read.unknownPropertiesNotKept() > 0) {
      throw new IllegalArgumentException(read.unknownPropertiesNotKept() + " unknown properties were ignored when "
          + "reading and not kept (more than " + ReadResult.MAX_UNKNOWN_PROPERTIES + "): writing back would lose them");
    }
    byte[] known = render(read.value());
    String ours = ReadState.MAJOR + "." + ReadState.MINOR;
    if (read.unknownProperties().isEmpty() && read.formatVersion().equals(ours)) {
      return known;
    }
    Map<JsonPointer, Map<String, String>> byObject = new HashMap<>();
    read.unknownProperties().forEach((at, json) -> byObject
        .computeIfAbsent(at.parent().orElseThrow(), k -> new LinkedHashMap<>()).put(at.lastToken().orElseThrow(), json));
    Set<JsonPointer> placed = new HashSet<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(known.length + 1024);
    try (JsonParser p = factory.createParser(known);
        JsonGenerator g = new LimitedGenerator(factory.createGenerator(bytes, JsonEncoding.UTF8), limits)) {
      if (prettyPrint) {
        g.setPrettyPrinter(DocumentCodec.prettyPrinter());
      }
      Deque<JsonPointer> objects = new ArrayDeque<>();
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          objects.push(ReadState.pointer(p));
        } else if (t == JsonToken.END_OBJECT) {
          JsonPointer object = objects.pop();
          for (Map.Entry<String, String> extra : byObject.getOrDefault(object, Map.of()).entrySet()) {
            g.writeFieldName(extra.getKey());
            try (JsonParser value = factory.createParser(extra.getValue())) {
              value.nextToken();
              ReadState.copyExactly(value, g);
            }
            placed.add(object);
          }
        } else if (t == JsonToken.VALUE_STRING && objects.size() == 1
            && DocumentCodec.FORMAT_VERSION.equals(p.currentName())) {
          g.writeString(read.formatVersion());
          continue;
        }
        g.copyCurrentEventExact(p);
      }
      g.writeRaw('\n');
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    for (JsonPointer object : byObject.keySet()) {
      if (!placed.contains(object)) {
        throw new IllegalArgumentException("The unknown properties " + byObject.get(object).keySet() + " were read in "
            + "the object at \"" + object + "\", which the document no longer has: writing back would lose them");
      }
    }
    byte[] written = bytes.toByteArray();
    if (written.length > limits.maxDocumentLength()) {
      LimitedGenerator.checkDocumentLength(characters(written), limits);
    }
    return written;
  }

  private byte[] render(Object document) {
    DocumentCodec<Object> codec = codecOf(document);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    // What this writer writes, a reader with the same limits reads: a value beyond them is refused.
    try (JsonGenerator g = new LimitedGenerator(factory.createGenerator(bytes, JsonEncoding.UTF8), limits)) {
      if (prettyPrint) {
        g.setPrettyPrinter(DocumentCodec.prettyPrinter());
      }
      codec.write(document, g);
      g.writeRaw('\n');
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    byte[] written = bytes.toByteArray();
    if (written.length > limits.maxDocumentLength()) {
      LimitedGenerator.checkDocumentLength(characters(written), limits);
    }
    return written;
  }

  /** The number of UTF-16 characters of UTF-8 bytes. */
  private static long characters(byte[] utf8) {
    long n = 0;
    for (byte b : utf8) {
      if ((b & 0xC0) != 0x80) {
        n += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static DocumentCodec<Object> codecOf(Object document) {
    Objects.requireNonNull(document, "document");
    return (DocumentCodec<Object>) ModelCodecs.document(document.getClass());
  }

  @Override
  public String toString() {
    return "LdmJson[lenient=" + lenient + ", locale=" + locale + ", " + limits + ", prettyPrint=" + prettyPrint + "]";
  }
}
