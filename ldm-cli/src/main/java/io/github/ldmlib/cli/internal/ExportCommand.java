package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.office.DashboardXlsx;
import io.github.ldmlib.office.DossierDocx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ldm export FILE --format docx|xlsx -o OUT}: a dossier as a Word document, an audit
 * dashboard (or the dashboard pre-filled from a dossier and an audit plan) as a workbook.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Writes a dossier as a Word document (docx) or an audit dashboard as a workbook (xlsx), to fill in and import back.",
    description = "docx: FILE is a dossier; the document follows the guide's section E, criterion by criterion, and 'ldm import' reads it back after it was edited in Word or LibreOffice. xlsx: FILE is an audit dashboard, or a dossier with --plan (the dashboard is then pre-filled from the dossier for that audit); the auditors choose each assessment from a list and 'ldm import' reads the workbook back. See docs/office.md.")
public final class ExportCommand implements Callable<Integer> {

  /** The formats of {@code export}. */
  public enum Format {
    /** A Word document (dossier). */
    docx,
    /** A workbook (audit dashboard). */
    xlsx
  }

  @ParentCommand
  Root root;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A dossier (kind \"dossier\") or, for xlsx, an audit dashboard (\"audit-dashboard\").")
  Path file;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "docx|xlsx", description = "docx for a dossier, xlsx for an audit dashboard.")
  Format format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The document to write.")
  Path output;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "xlsx from a dossier: the audit plan (kind \"audit-plan\") of the audit whose dashboard is pre-filled.")
  Path plan;

  @Option(names = {"-r", "--referential"}, paramLabel = "ID[@EDITION]|FILE",
      description = "The referential (bundled id, id@edition or a referential file); by default the one the document names.")
  Optional<String> referential;

  @Override
  public Integer call() {
    Texts t = root.texts();
    Inputs inputs = new Inputs(t);
    inputs.refuseOverwriting(output, file);
    DocumentKind<?> kind = inputs.kindOf(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (format == Format.docx && kind == DocumentKind.DOSSIER) {
        Dossier dossier = inputs.read(Dossier.class, file);
        DossierDocx.of(t.locale()).write(dossier, inputs.referential(referential, dossier), out);
      } else if (format == Format.xlsx && kind == DocumentKind.AUDIT_DASHBOARD) {
        AuditDashboard dashboard = inputs.read(AuditDashboard.class, file);
        Referential r = referential.isPresent() ? inputs.referential(referential, null)
            : inputs.bundled(CheckedKind.referentialOf(dashboard));
        DashboardXlsx.of(t.locale()).write(dashboard, r, out);
      } else if (format == Format.xlsx && kind == DocumentKind.DOSSIER && plan != null) {
        Dossier dossier = inputs.read(Dossier.class, file);
        AuditPlan p = inputs.read(AuditPlan.class, plan);
        try {
          DashboardXlsx.of(t.locale()).write(inputs.referential(referential, dossier), dossier, p, out);
        } catch (IllegalArgumentException e) {
          throw new CliException(t.get("error.export.prefill", String.valueOf(e.getMessage())), ExitCodes.INPUT, e);
        }
      } else {
        throw new CliException(t.get("error.export.kind", file.toString(), kind.id(), format.name()),
            ExitCodes.INPUT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    inputs.write(output, out.toByteArray());
    root.err().println(t.get("export.written", output.toString()));
    return ExitCodes.OK;
  }
}
