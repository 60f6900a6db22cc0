package io.github.ldmlib.model.referential;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.dossier.EstablishmentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an academy's profile states replaces the referential's parameters, and nothing else does. */
class ProcessParametersOverrideTest {

  private static final ProcessParameters BASE = ProcessParameters.builder()
      .addEligibleEstablishmentTypes(EstablishmentType.VOCATIONAL_LYCEE)
      .networkCandidaturesAllowed(true)
      .auditPlanNoticeDays(15)
      .followUpAuditYears(List.of(1, 3))
      .build();

  @Test
  void aStatedValueReplacesTheReferentialsAndTheOthersAreKept() {
    ProcessParameters merged = BASE.overriddenBy(ProcessParameters.builder().dossierNoticeWeeks(3).auditPlanNoticeDays(21)
        .build());

    assertThat(merged.dossierNoticeWeeks()).hasValue(3);
    assertThat(merged.auditPlanNoticeDays()).hasValue(21);
    assertThat(merged.networkCandidaturesAllowed()).contains(true);
    assertThat(merged.eligibleEstablishmentTypes()).containsExactly(EstablishmentType.VOCATIONAL_LYCEE);
    assertThat(merged.followUpAuditYears()).containsExactly(1, 3);
  }

  @Test
  void aStatedListReplacesTheWholeListRatherThanAddingToIt() {
    ProcessParameters merged = BASE.overriddenBy(ProcessParameters.builder().followUpAuditYears(List.of(1)).build());

    assertThat(merged.followUpAuditYears()).containsExactly(1);
  }

  @Test
  void nothingStatedChangesNothing() {
    assertThat(BASE.overriddenBy(ProcessParameters.none())).isEqualTo(BASE);
  }
}
