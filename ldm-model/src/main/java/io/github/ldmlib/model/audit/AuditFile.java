package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The audit file (<i>dossier d'audit</i>): the documents of one audit gathered to be checked
 * together, with what surrounds them in the label's life. The {@link #plan() plan} (LDM 03), the
 * {@link #dashboard() dashboard} (LDM 04) and the {@link #summary() summary report} (LDM 05) of the
 * audit; the rector's {@link #decision() decision} that followed it; the {@link #labelRecord()
 * label's record}; the academy's {@link #auditorPool() auditor pool}, whose records the team members
 * cite; the {@link #previousSummary() summary of the previous audit}, whose gaps this audit's
 * dashboard re-assesses; and the {@link #nextDashboard() dashboard of the next follow-up audit},
 * which must re-assess this summary's gaps.
 *
 * <p>Every document is optional: a file may hold only a plan being drawn up, or only a label record
 * whose follow-up audits are to be scheduled. The audit rules of {@code ldm-rules} check what is
 * there and how the documents agree. Its JSON form has one key per document, named as the accessors
 * ({@code plan}, {@code dashboard}, {@code summary}, {@code decision}, {@code labelRecord}, {@code
 * auditorPool}, {@code previousSummary}, {@code nextDashboard}), so that a finding's pointer such as
 * {@code /plan/team/0} or {@code /summary/gaps/2} names the document first and then the place in it.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditFile {

  AuditFile() {}

  /** The audit plan (<i>plan d'audit</i>, LDM 03). */
  public abstract Optional<@Valid AuditPlan> plan();

  /** The audit dashboard (<i>tableau de bord</i>, LDM 04). */
  public abstract Optional<@Valid AuditDashboard> dashboard();

  /** The summary report (<i>rapport de synthèse</i>, LDM 05). */
  public abstract Optional<@Valid AuditSummary> summary();

  /** The rector's decision taken after the audit (<i>décision de labellisation</i>). */
  public abstract Optional<@Valid LabelDecision> decision();

  /** The label's record (<i>vie du label</i>): its decisions and the audits held. */
  public abstract Optional<@Valid LabelRecord> labelRecord();

  /** The academy's pool of trained auditors (<i>groupe des auditeurs</i>). */
  public abstract Optional<@Valid AuditorPool> auditorPool();

  /**
   * The summary report of the previous audit of the establishment, whose gaps and improvement axes
   * the {@link #dashboard() dashboard} of this audit re-assesses.
   */
  public abstract Optional<@Valid AuditSummary> previousSummary();

  /**
   * The dashboard of the next follow-up audit of the establishment, which must re-assess the gaps
   * and improvement axes of this audit's {@link #summary() summary}.
   */
  public abstract Optional<@Valid AuditDashboard> nextDashboard();

  /**
   * Returns the documents of the audit itself that are present: the plan, the dashboard and the
   * summary, in that order. They name the audit's establishment, referential, stage and date.
   *
   * @return the documents, possibly empty
   */
  public List<AuditDocument> auditDocuments() {
    return Stream.of(plan(), dashboard(), summary()).flatMap(Optional::stream).map(AuditDocument.class::cast).toList();
  }

  /**
   * Returns the UAI of the audited establishment: that of the first {@link #auditDocuments() audit
   * document}, or else of the decision, or else of the label record.
   *
   * @return the UAI, or empty when the file holds none of these documents
   */
  public Optional<Uai> uai() {
    return auditDocuments().stream().map(AuditDocument::uai).findFirst()
        .or(() -> decision().map(LabelDecision::uai))
        .or(() -> labelRecord().map(LabelRecord::uai));
  }

  /**
   * Returns the name of the audited establishment, as the first document that gives one states it:
   * the audit documents, then the decision, then the label record.
   *
   * @return the name, or empty
   */
  public Optional<String> establishmentName() {
    return auditDocuments().stream().map(AuditDocument::establishmentName).flatMap(Optional::stream).findFirst()
        .or(() -> decision().flatMap(LabelDecision::establishmentName))
        .or(() -> labelRecord().flatMap(LabelRecord::establishmentName));
  }

  /**
   * Returns the stage of the audit, as its first {@link #auditDocuments() audit document} states it.
   *
   * @return the stage, or empty when the file holds no audit document
   */
  public Optional<Stage> stage() {
    return auditDocuments().stream().map(AuditDocument::stage).findFirst();
  }

  /**
   * Returns the date of the audit day, as its first {@link #auditDocuments() audit document} states
   * it.
   *
   * @return the date, or empty when the file holds no audit document
   */
  public Optional<LocalDate> auditDate() {
    return auditDocuments().stream().map(AuditDocument::auditDate).findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditFile} instances; every document is optional. */
  public static final class Builder extends ImmutableAuditFile.Builder {
    Builder() {}
  }
}
