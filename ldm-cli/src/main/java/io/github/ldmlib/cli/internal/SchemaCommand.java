package io.github.ldmlib.cli.internal;

import io.github.ldmlib.io.JsonSchemas;
import io.github.ldmlib.model.meta.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ldm schema KIND}: prints the JSON Schema shipped for a kind of document. */
@Command(name = "schema", mixinStandardHelpOptions = true, header = "Prints the JSON Schema of a kind of document.",
    description = "Prints the JSON Schema (draft 2020-12) of a kind of document, as shipped in ldm-io, for example: ldm schema dossier > dossier.schema.json")
public final class SchemaCommand implements Callable<Integer> {

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "KIND", description = "The kind of document, for example dossier or referential.")
  String kind;

  @Override
  public Integer call() {
    Texts t = root.texts();
    DocumentKind<?> k = DocumentKind.ofId(kind).orElseThrow(() -> new CliException(t.get("error.unknownKind", kind,
        DocumentKind.values().stream().map(DocumentKind::id).collect(Collectors.joining(", "))), ExitCodes.INPUT));
    try (InputStream in = JsonSchemas.open(k)) {
      root.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      root.out().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }
}
