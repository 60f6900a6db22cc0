package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the documents of one audit have in common: the {@link AuditPlan plan} (LDM 03), the {@link
 * AuditDashboard dashboard} (LDM 04) and the {@link AuditSummary summary report} (LDM 05). They
 * name the audited establishment, the referential audited against, the stage of the label's life
 * and the audit date; together these identify the audit, so that rules can match the documents of
 * the same audit.
 */
public interface AuditDocument {

  /** The UAI code of the audited establishment (the lead establishment of a network). */
  @NotNull
  Uai uai();

  /** The name of the audited establishment, for example "Lycée professionnel des Calanques". */
  Optional<@Text(max = Text.TITLE) String> establishmentName();

  /** The id of the referential audited against, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  String referentialId();

  /** The edition of that referential, for example {@code 2026-01}, when the document names one. */
  Optional<@Identifier String> referentialEdition();

  /** The stage of the label's life: candidature, follow-up or renewal. */
  @NotNull
  Stage stage();

  /** The date of the audit day (<i>date de l'audit</i>). */
  @NotNull
  LocalDate auditDate();
}
