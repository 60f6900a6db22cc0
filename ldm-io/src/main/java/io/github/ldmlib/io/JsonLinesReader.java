package io.github.ldmlib.io;

import io.github.ldmlib.io.internal.LineSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a batch of documents in JSON Lines form (<i>lot de dossiers</i>): one complete document,
 * with its {@code formatVersion} and {@code kind}, on each line. Obtain one from {@link
 * LdmJson#readLines(Class, java.nio.file.Path)}.
 *
 * <pre>{@code
 * try (JsonLinesReader<Dossier> lines = json.readLines(Dossier.class, Path.of("dossiers.jsonl"))) {
 *   while (lines.hasNext()) {
 *     JsonLine<Dossier> line = lines.next();
 *     line.value().ifPresent(this::check);
 *     line.error().ifPresent(e -> log.warn(e.getMessage()));   // line, column and pointer included
 *   }
 * }
 * }</pre>
 *
 * <p>The reader holds one line in memory at a time. A line that cannot be read (malformed JSON,
 * a format error, invalid UTF-8, longer than {@link ReadLimits#maxDocumentLength()}) becomes a
 * {@link JsonLine} with its error, and the batch goes on with the next line. Blank lines are
 * skipped but counted. An I/O failure of the underlying input is thrown as an {@link
 * UncheckedIOException}.
 *
 * <p>Not thread-safe: one reader is used by one thread. Close it to release the input.
 *
 * @param <T> the type of the documents
 */
public final class JsonLinesReader<T> implements Iterator<JsonLine<T>>, Closeable {

  private final LdmJson json;
  private final Class<T> type;
  private final LineSource source;
  private final String sourceName;
  private LineSource.Line next;
  private boolean closed;

  JsonLinesReader(LdmJson json, Class<T> type, LineSource source, String sourceName) {
    this.json = json;
    this.type = type;
    this.source = source;
    this.sourceName = sourceName;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      return false;
    }
    try {
      LineSource.Line line;
      do {
        line = source.next();
      } while (line != null && line.fault() == null && line.text().isBlank());
      next = line;
      return line != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public JsonLine<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    LineSource.Line line = next;
    next = null;
    return json.readLine(type, line, sourceName);
  }

  /**
   * Returns the remaining lines as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<JsonLine<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Closes the input if this reader opened it (a path); a caller's stream or reader stays open. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      next = null;
      source.close();
    }
  }
}
