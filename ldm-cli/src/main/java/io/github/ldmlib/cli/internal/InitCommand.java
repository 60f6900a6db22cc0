package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ldm init --referential ID -o FILE}: writes a dossier skeleton with a section for every criterion. */
@Command(name = "init", mixinStandardHelpOptions = true, header = "Writes a dossier skeleton with a section for every criterion.",
    description = "Writes a dossier skeleton to fill in: the referential and edition, the establishment, and one section for every criterion of the referential (remove those of optional criteria you do not address). 'ldm check' on the skeleton lists what remains to write.")
public final class InitCommand implements Callable<Integer> {

  @ParentCommand
  Root root;

  @Option(names = {"-r", "--referential"}, required = true, paramLabel = "ID[@EDITION]|FILE",
      description = "The referential the dossier answers: a bundled one (latest edition by default) or a referential file.")
  String referential;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The dossier file to write.")
  Path output;

  @Option(names = "--name", paramLabel = "NAME", description = "The establishment's name.")
  String name;

  @Option(names = "--uai", paramLabel = "UAI", description = "The establishment's UAI code, for example 0750654D.")
  String uai;

  @Option(names = "--kind", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES} (default INITIAL).")
  DossierKind kind = DossierKind.INITIAL;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    if (Files.exists(output) && !force) {
      throw new CliException(t.get("error.exists", output.toString()), ExitCodes.INPUT);
    }
    Referential r = inputs.referential(Optional.of(referential), null);
    Establishment.Builder establishment = Establishment.builder()
        .name(name != null ? name : t.get("init.name"));
    if (uai != null) {
      try {
        establishment.uai(Uai.parse(uai));
      } catch (IllegalArgumentException e) {
        throw new CliException(t.get("error.uai", uai, Errors.oneLine(e.getMessage())), ExitCodes.INPUT, e);
      }
    }
    Dossier.Builder dossier = Dossier.builder()
        .referentialId(r.id())
        .referentialEdition(r.edition().id())
        .dossierKind(kind)
        .establishment(establishment.build());
    for (Criterion c : r.criteria()) {
      dossier.addSections(CriterionSection.builder().criterionId(c.id()).build());
    }
    Dossier skeleton = dossier.build();
    inputs.write(output, inputs.json().writeString(skeleton));
    root.err().println(t.get("init.written", output.toString(), r.id() + "@" + r.edition().id(),
        r.criteria().stream().map(Criterion::id).collect(Collectors.joining(", "))));
    return ExitCodes.OK;
  }
}
