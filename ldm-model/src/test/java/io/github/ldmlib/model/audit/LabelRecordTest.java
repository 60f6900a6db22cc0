package io.github.ldmlib.model.audit;

import static io.github.ldmlib.model.LabelStatus.AUDITED;
import static io.github.ldmlib.model.LabelStatus.CANDIDATE;
import static io.github.ldmlib.model.LabelStatus.EXPIRED;
import static io.github.ldmlib.model.LabelStatus.FOLLOW_UP_DUE;
import static io.github.ldmlib.model.LabelStatus.LABELLED;
import static io.github.ldmlib.model.LabelStatus.OVERDUE;
import static io.github.ldmlib.model.LabelStatus.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LabelRecordTest {

  private static final ProcessParameters PARAMETERS = SampleAudits.aixMarseille2012();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LabelRecord.Builder record() {
    return LabelRecord.builder().uai(SampleAudits.UAI).establishmentName(SampleAudits.NAME);
  }

  private static LabelRecord grantedOn(String iso, HeldAudit... audits) {
    return record().addDecisions(SampleAudits.granted(date(iso))).addAudits(audits).build();
  }

  private static LabelStatus statusOn(LabelRecord record, String iso) {
    return record.status(date(iso), PARAMETERS);
  }

  @Nested
  class Schedule {

    @Test
    void aDecisionOn29FebruaryFallsDueOn28FebruaryOfNonLeapYears() {
      List<ScheduledAudit> schedule = grantedOn("2024-02-29").schedule(PARAMETERS);

      assertThat(schedule).extracting(ScheduledAudit::stage)
          .containsExactly(Stage.FOLLOW_UP_1_YEAR, Stage.FOLLOW_UP_3_YEARS, Stage.RENEWAL);
      assertThat(schedule).extracting(ScheduledAudit::dueDate)
          .containsExactly(date("2025-02-28"), date("2027-02-28"), date("2029-02-28"));
      assertThat(schedule).extracting(s -> s.schoolYear().toString())
          .containsExactly("2024-2025", "2026-2027", "2028-2029");
      assertThat(schedule).noneMatch(ScheduledAudit::isDone);
    }

    @Test
    void aFollowUpYearLandingOnALeapYearKeeps29February() {
      ProcessParameters fourYears = ProcessParameters.builder().from(PARAMETERS).renewalAuditYears(4).build();
      assertThat(grantedOn("2024-02-29").schedule(fourYears)).last()
          .extracting(ScheduledAudit::dueDate).isEqualTo(date("2028-02-29"));
    }

    @Test
    void aDecisionInJulyMakesTheFirstFollowUpDueInTheNextSchoolYearAlready() {
      ScheduledAudit july = grantedOn("2024-07-04").schedule(PARAMETERS).get(0);
      assertThat(july.dueDate()).isEqualTo(date("2025-07-04"));
      assertThat(july.schoolYear()).isEqualTo(SchoolYear.of(2024));

      ScheduledAudit september = grantedOn("2024-09-12").schedule(PARAMETERS).get(0);
      assertThat(september.dueDate()).isEqualTo(date("2025-09-12"));
      assertThat(september.schoolYear()).isEqualTo(SchoolYear.of(2025));
    }

    @Test
    void anAuditIsDueDuringItsSchoolYearAndOverdueAfterIt() {
      ScheduledAudit audit = new ScheduledAudit(Stage.FOLLOW_UP_1_YEAR, date("2025-07-04"), Optional.empty());
      assertThat(audit.isDue(date("2024-08-31"))).isFalse();
      assertThat(audit.isDue(date("2024-09-01"))).isTrue();
      assertThat(audit.isDue(date("2025-08-31"))).isTrue();
      assertThat(audit.isOverdue(date("2025-08-31"))).isFalse();
      assertThat(audit.isDue(date("2025-09-01"))).isFalse();
      assertThat(audit.isOverdue(date("2025-09-01"))).isTrue();

      ScheduledAudit held = new ScheduledAudit(Stage.FOLLOW_UP_1_YEAR, date("2025-07-04"), Optional.of(date("2025-10-02")));
      assertThat(held.isDone()).isTrue();
      assertThat(held.isOverdue(date("2025-10-01"))).as("not held yet on that day").isTrue();
      assertThat(held.isOverdue(date("2025-10-02"))).isFalse();
      assertThat(held.isDue(date("2025-06-01"))).isTrue();
    }

    @Test
    void anAuditOfTheStageHeldInTheCycleMakesItDoneEvenEarly() {
      LabelRecord record = grantedOn("2024-07-04",
          HeldAudit.of(Stage.CANDIDATURE, date("2024-03-12")),
          HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2025-05-20")),
          HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, date("2026-11-05")));

      List<ScheduledAudit> schedule = record.schedule(PARAMETERS);

      assertThat(schedule).extracting(ScheduledAudit::heldOn).containsExactly(
          Optional.of(date("2025-05-20")), Optional.of(date("2026-11-05")), Optional.empty());
    }

    @Test
    void anAuditBeforeTheDecisionDoesNotCountForItsCycle() {
      LabelRecord record = record()
          .addDecisions(SampleAudits.granted(date("2019-06-20")))
          .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2020-05-14")))
          .addDecisions(SampleAudits.decision(DecisionOutcome.GRANTED, date("2024-06-10"), DossierKind.RENEWAL))
          .build();

      List<ScheduledAudit> schedule = record.schedule(PARAMETERS);

      assertThat(schedule.get(0).dueDate()).as("counted from the renewal").isEqualTo(date("2025-06-10"));
      assertThat(schedule.get(0).isDone()).as("the follow-up of the previous cycle does not count").isFalse();
    }

    @Test
    void theScheduleOnADateIgnoresWhatCameLater() {
      LabelRecord record = record()
          .addDecisions(SampleAudits.granted(date("2019-06-20")))
          .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2020-05-14")))
          .addDecisions(SampleAudits.decision(DecisionOutcome.GRANTED, date("2024-06-10"), DossierKind.RENEWAL))
          .build();

      List<ScheduledAudit> before = record.schedule(date("2020-05-13"), PARAMETERS);
      List<ScheduledAudit> after = record.schedule(date("2020-05-14"), PARAMETERS);

      assertThat(before.get(0).dueDate()).isEqualTo(date("2020-06-20"));
      assertThat(before.get(0).isDone()).isFalse();
      assertThat(after.get(0).heldOn()).contains(date("2020-05-14"));
      assertThat(record.schedule(date("2019-06-19"), PARAMETERS)).as("no label yet").isEmpty();
    }

    @Test
    void onlyTheStatedStagesAreScheduled() {
      ProcessParameters renewalOnly = ProcessParameters.builder().renewalAuditYears(5).build();
      assertThat(grantedOn("2024-02-29").schedule(renewalOnly)).extracting(ScheduledAudit::stage)
          .containsExactly(Stage.RENEWAL);
      ProcessParameters unsorted = ProcessParameters.builder().followUpAuditYears(List.of(3, 1, 3)).build();
      assertThat(grantedOn("2024-02-29").schedule(unsorted)).extracting(ScheduledAudit::stage)
          .containsExactly(Stage.FOLLOW_UP_1_YEAR, Stage.FOLLOW_UP_3_YEARS);
    }

    @Test
    void withoutAGrantNothingIsScheduledAndNoParameterIsNeeded() {
      LabelRecord refused = record()
          .addDecisions(SampleAudits.decision(DecisionOutcome.REFUSED, date("2024-06-03"), DossierKind.INITIAL))
          .build();
      assertThat(refused.schedule(ProcessParameters.none())).isEmpty();
      assertThat(record().build().schedule(ProcessParameters.none())).isEmpty();
    }

    @Test
    void absentScheduleParametersAreReportedNotInvented() {
      LabelRecord record = grantedOn("2024-06-03");
      assertThatThrownBy(() -> record.schedule(ProcessParameters.builder().labelValidityYears(5).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("followUpAuditYears")
          .hasMessageContaining("renewalAuditYears");
      assertThatThrownBy(() -> record.schedule(ProcessParameters.builder().followUpAuditYears(List.of(1, 2)).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2 years");
    }
  }

  @Nested
  class Status {

    @Test
    void beforeAnyDecisionTheEstablishmentIsACandidateThenAudited() {
      LabelRecord record = record().addAudits(HeldAudit.of(Stage.CANDIDATURE, date("2024-03-12"))).build();
      assertThat(record.status(date("2024-03-11"), ProcessParameters.none())).isEqualTo(CANDIDATE);
      assertThat(record.status(date("2024-03-12"), ProcessParameters.none())).isEqualTo(AUDITED);
    }

    @Test
    void aRefusalThenANewCandidature() {
      LabelRecord record = record()
          .addAudits(HeldAudit.of(Stage.CANDIDATURE, date("2024-03-12")))
          .addDecisions(SampleAudits.decision(DecisionOutcome.REFUSED, date("2024-06-03"), DossierKind.INITIAL))
          .addAudits(HeldAudit.of(Stage.CANDIDATURE, date("2025-03-18")))
          .build();
      assertThat(record.status(date("2024-06-02"), ProcessParameters.none())).isEqualTo(AUDITED);
      assertThat(record.status(date("2024-06-03"), ProcessParameters.none())).isEqualTo(REFUSED);
      assertThat(record.status(date("2025-03-18"), ProcessParameters.none())).isEqualTo(AUDITED);
    }

    @Test
    void aDecisionInJulyMakesTheFollowUpDueFromSeptember() {
      LabelRecord record = grantedOn("2024-07-04", HeldAudit.of(Stage.CANDIDATURE, date("2024-03-12")));
      assertThat(statusOn(record, "2024-07-03")).isEqualTo(AUDITED);
      assertThat(statusOn(record, "2024-07-04")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2024-08-31")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2024-09-01")).isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2025-08-31")).isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2025-09-01")).isEqualTo(OVERDUE);
    }

    @Test
    void aDecisionInSeptemberMakesTheFollowUpDueAYearLater() {
      LabelRecord record = grantedOn("2024-09-12");
      assertThat(statusOn(record, "2024-09-12")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2025-08-31")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2025-09-01")).isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2026-08-31")).isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2026-09-01")).isEqualTo(OVERDUE);
    }

    @Test
    void holdingTheFollowUpClearsDueAndOverdue() {
      LabelRecord onTime = grantedOn("2024-07-04", HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2025-03-10")));
      assertThat(statusOn(onTime, "2025-03-09")).isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(onTime, "2025-03-10")).isEqualTo(LABELLED);

      LabelRecord late = grantedOn("2024-07-04", HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2025-10-02")));
      assertThat(statusOn(late, "2025-10-01")).isEqualTo(OVERDUE);
      assertThat(statusOn(late, "2025-10-02")).isEqualTo(LABELLED);
    }

    @Test
    void overdueWinsOverDue() {
      // Decision in July 2024: the 1-year follow-up is overdue from September 2025; the 3-year one
      // is due in school year 2026-2027.
      LabelRecord record = grantedOn("2024-07-04");
      assertThat(statusOn(record, "2026-10-01")).isEqualTo(OVERDUE);
      LabelRecord firstHeld = grantedOn("2024-07-04", HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2025-05-06")));
      assertThat(statusOn(firstHeld, "2026-08-31")).isEqualTo(LABELLED);
      assertThat(statusOn(firstHeld, "2026-10-01")).isEqualTo(FOLLOW_UP_DUE);
    }

    @Test
    void aLabelGrantedOn29FebruaryExpiresOn28FebruaryFiveYearsLater() {
      LabelRecord record = grantedOn("2024-02-29",
          HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2025-01-21")),
          HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, date("2027-01-19")));
      assertThat(statusOn(record, "2028-08-31")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2028-09-01")).as("renewal audit due in 2028-2029").isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2029-02-27")).isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2029-02-28")).isEqualTo(EXPIRED);
    }

    @Test
    void aRenewalOpensANewCycleWithAPossiblyNewTitle() {
      LabelDecision renewal = LabelDecision.builder()
          .from(SampleAudits.decision(DecisionOutcome.GRANTED, date("2029-01-15"), DossierKind.RENEWAL))
          .labelTitle("Lycée des métiers de la mer et du nautisme")
          .build();
      LabelRecord record = record()
          .addDecisions(LabelDecision.builder().from(SampleAudits.granted(date("2024-02-29")))
              .labelTitle("Lycée des métiers de la mer").build())
          .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2025-01-21")),
              HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, date("2027-01-19")),
              HeldAudit.of(Stage.RENEWAL, date("2028-11-20")))
          .addDecisions(renewal)
          .build();

      assertThat(statusOn(record, "2028-11-20")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2029-02-28")).as("renewed before expiry").isEqualTo(LABELLED);
      assertThat(statusOn(record, "2029-09-01")).as("first follow-up of the new cycle").isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2034-01-15")).isEqualTo(EXPIRED);
      assertThat(record.lastGrant(date("2029-01-14")).flatMap(LabelDecision::labelTitle))
          .contains("Lycée des métiers de la mer");
      assertThat(record.lastGrant(date("2029-01-15")).flatMap(LabelDecision::labelTitle))
          .contains("Lycée des métiers de la mer et du nautisme");
      assertThat(record.schedule(PARAMETERS)).extracting(ScheduledAudit::dueDate)
          .containsExactly(date("2030-01-15"), date("2032-01-15"), date("2034-01-15"));
    }

    @Test
    void aRefusedRenewalLeavesTheLabelUntilItExpires() {
      LabelRecord record = record()
          .addDecisions(SampleAudits.granted(date("2019-06-20")))
          .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2020-05-14")),
              HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, date("2022-05-10")),
              HeldAudit.of(Stage.RENEWAL, date("2024-03-05")))
          .addDecisions(SampleAudits.decision(DecisionOutcome.REFUSED, date("2024-05-02"), DossierKind.RENEWAL))
          .build();
      assertThat(statusOn(record, "2024-05-02")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2024-06-19")).isEqualTo(LABELLED);
      assertThat(statusOn(record, "2024-06-20")).isEqualTo(EXPIRED);
    }

    @Test
    void anExpiredLabelAuditedAgainThenRenewed() {
      LabelRecord expired = grantedOn("2019-06-20",
          HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, date("2020-05-14")),
          HeldAudit.of(Stage.FOLLOW_UP_3_YEARS, date("2022-05-10")));
      LabelRecord record = record().from(expired)
          .addAudits(HeldAudit.of(Stage.RENEWAL, date("2024-11-04")))
          .addDecisions(SampleAudits.decision(DecisionOutcome.GRANTED, date("2025-01-09"), DossierKind.RENEWAL))
          .build();
      assertThat(statusOn(record, "2024-06-19")).as("renewal audit not held in its school year").isEqualTo(FOLLOW_UP_DUE);
      assertThat(statusOn(record, "2024-06-20")).isEqualTo(EXPIRED);
      assertThat(statusOn(record, "2024-11-04")).isEqualTo(AUDITED);
      assertThat(statusOn(record, "2025-01-09")).isEqualTo(LABELLED);
    }

    @Test
    void ofTwoDecisionsOnTheSameDateTheLaterInTheListCounts() {
      LabelDecision first = LabelDecision.builder().from(SampleAudits.granted(date("2024-06-03"))).labelTitle("Premier").build();
      LabelDecision second = LabelDecision.builder().from(first).labelTitle("Second").build();
      LabelRecord record = record().addDecisions(first, second).build();
      assertThat(record.lastGrant(date("2024-06-03"))).contains(second);
      assertThat(record.lastGrant(date("2024-06-02"))).isEmpty();
    }

    @Test
    void absentParametersAreReportedNotInvented() {
      LabelRecord record = grantedOn("2024-06-03");
      ProcessParameters noValidity = ProcessParameters.builder().from(PARAMETERS)
          .labelValidityYears(java.util.OptionalInt.empty()).build();
      assertThatThrownBy(() -> record.status(date("2024-06-03"), noValidity))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("labelValidityYears");
      ProcessParameters noSchedule = ProcessParameters.builder().labelValidityYears(5).build();
      assertThatThrownBy(() -> record.status(date("2024-06-03"), noSchedule))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("followUpAuditYears");
      assertThat(record.status(date("2024-06-02"), ProcessParameters.none()))
          .as("no label yet: no parameter needed").isEqualTo(CANDIDATE);
    }

    @Test
    void nullArgumentsAreRefused() {
      LabelRecord record = grantedOn("2024-06-03");
      assertThatThrownBy(() -> record.status(null, PARAMETERS)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> record.status(date("2024-06-03"), null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> record.schedule(null)).isInstanceOf(NullPointerException.class);
    }
  }
}
