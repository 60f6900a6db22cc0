package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who conducts the audits of some stages of the label's life (<i>composition de l'équipe
 * d'audit</i>), as a referential's procedure states it.
 *
 * <p>A procedure may staff its audits differently from one stage to the next. The Aix-Marseille
 * 2012 note has the labelling audit conducted by a lead auditor and an auditor, with at least one
 * representative of the rectorate and, where possible, an external person; the three-year
 * follow-up « conduit par l'inspecteur référent »; the renewal « conduit par deux auditeurs LM »;
 * and says nothing of who conducts the one-year follow-up. A stage that no composition lists has no
 * stated team, and the team rules do not apply to its audits.
 *
 * <p>Every property but the stages is absent unless the source states it, and a rule whose
 * property is absent does not apply. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditTeamComposition {

  AuditTeamComposition() {}

  /** The stages whose audits this composition staffs; a composition that lists none staffs none. */
  public abstract Set<@NotNull Stage> stages();

  /** Whether one lead auditor (<i>responsable d'audit</i>) is named for each audit of these stages. */
  public abstract Optional<Boolean> leadAuditorNamed();

  /** Members who conduct the audit, the lead auditor included, at least (2 at the 2012 labelling audit and renewal). */
  public abstract @Min(1) OptionalInt minAuditors();

  /** Representatives of the rectorate the team includes, at least (an inspector is one). */
  public abstract @Min(0) OptionalInt minRectorateRepresentatives();

  /** Whether the team should include a person from outside the rectorate where possible. */
  public abstract Optional<Boolean> externalMemberRecommended();

  /**
   * Whether the audit is conducted by auditors of the academy's pool (<i>auditeurs LM</i>), whose
   * training, experience and activity the referential's auditor parameters govern.
   */
  public abstract Optional<Boolean> poolAuditors();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditTeamComposition} instances; every property but the stages is optional. */
  public static final class Builder extends ImmutableAuditTeamComposition.Builder {
    Builder() {}
  }
}
