package io.github.ldmlib.rules;

import io.github.ldmlib.model.audit.Assessment;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.rules.internal.Coverage;
import io.github.ldmlib.rules.internal.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pre-fills an audit dashboard (<i>tableau de bord pré-rempli</i>, LDM 04) from the document review
 * of a dossier (<i>revue documentaire</i>), before the audit day: the auditors then assess each line
 * during the audit.
 *
 * <p>The dashboard takes the audit's identity (establishment, referential, stage, audit date) from
 * the plan. It has one entry per criterion that applies to the dossier (the mandatory criteria, and
 * the optional criteria the dossier has a section for), in the order of the referential, each
 * followed by one entry per requirement of that criterion that applies (requirements for network
 * candidatures only in a network candidature). Every entry is {@link Assessment#NOT_ASSESSED not
 * assessed} and {@link DashboardEntry#prefilled() pre-filled}. Its evidence is what the dossier
 * declares: for a requirement, the evidence cited by the actions and engagements that list it in
 * their {@code requirementIds} (the coverage of the conformity report); for a criterion, the
 * evidence cited by all the actions and engagements of its section; only evidence present in the
 * dossier's annex counts, in order of first citation. Its comment names those actions and
 * engagements, or says that none addresses the requirement.
 *
 * <pre>{@code
 * AuditDashboard dashboard = DashboardPrefill.from(referential, dossier, plan);
 * AuditFile audit = AuditFile.builder().plan(plan).dashboard(dashboard).build();
 * }</pre>
 */
public final class DashboardPrefill {

  private DashboardPrefill() {}

  /**
   * Pre-fills a dashboard, with its comments in French.
   *
   * @param referential the referential of the audit, not null
   * @param dossier the dossier the establishment submitted, not null
   * @param plan the plan of the audit, not null
   * @return the pre-filled dashboard
   * @throws IllegalArgumentException if the dossier or the plan answers another referential, or the
   *     dossier's establishment is not the plan's
   */
  public static AuditDashboard from(Referential referential, Dossier dossier, AuditPlan plan) {
    return from(referential, dossier, plan, Locale.FRENCH);
  }

  /**
   * Pre-fills a dashboard.
   *
   * @param referential the referential of the audit, not null
   * @param dossier the dossier the establishment submitted, not null
   * @param plan the plan of the audit, not null
   * @param locale the language of the comments: English if its language is English, French otherwise
   * @return the pre-filled dashboard
   * @throws IllegalArgumentException if the dossier or the plan answers another referential, or the
   *     dossier's establishment is not the plan's
   */
  public static AuditDashboard from(Referential referential, Dossier dossier, AuditPlan plan, Locale locale) {
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(plan, "plan");
    Locale language = MessageSource.language(Objects.requireNonNull(locale, "locale"));
    if (!dossier.referentialId().equals(referential.id())) {
      throw new IllegalArgumentException("The dossier answers referential '" + dossier.referentialId()
          + "', not '" + referential.id() + "' of the dashboard");
    }
    if (!plan.referentialId().equals(referential.id())) {
      throw new IllegalArgumentException("The audit plan is drawn up for referential '" + plan.referentialId()
          + "', not '" + referential.id() + "' of the dashboard");
    }
    dossier.establishment().uai().filter(uai -> !uai.equals(plan.uai())).ifPresent(uai -> {
      throw new IllegalArgumentException("The dossier is that of establishment " + uai
          + ", not of establishment " + plan.uai() + " that the audit plan names");
    });

    Set<String> annex = dossier.evidence().stream().map(Evidence::id).collect(Collectors.toSet());
    AuditDashboard.Builder dashboard = AuditDashboard.builder()
        .uai(plan.uai())
        .establishmentName(plan.establishmentName())
        .referentialId(referential.id())
        .referentialEdition(plan.referentialEdition().orElse(referential.edition().id()))
        .stage(plan.stage())
        .auditDate(plan.auditDate());
    for (Criterion criterion : referential.criteria()) {
      if (!Coverage.applies(criterion, dossier)) {
        continue;
      }
      List<Initiative> all = initiatives(dossier, criterion.id());
      String comment;
      if (dossier.section(criterion.id()).isEmpty()) {
        comment = Messages.builtIn("prefill.noSection", language);
      } else if (all.isEmpty()) {
        comment = Messages.builtIn("prefill.emptySection", language);
      } else {
        comment = Messages.builtIn("prefill.section", language, names(all, language));
      }
      dashboard.addEntries(entry(criterion.id(), null, all, annex, comment));
      for (Requirement requirement : criterion.requirements()) {
        if (!Coverage.applies(requirement, dossier)) {
          continue;
        }
        List<Initiative> addressing = all.stream().filter(i -> i.requirementIds().contains(requirement.id())).toList();
        String text = addressing.isEmpty()
            ? Messages.builtIn("prefill.unaddressed", language)
            : Messages.builtIn("prefill.addressed", language, names(addressing, language));
        dashboard.addEntries(entry(criterion.id(), requirement.id(), addressing, annex, text));
      }
    }
    return dashboard.build();
  }

  /** The actions then the engagements of the criterion's sections, in dossier order. */
  private static List<Initiative> initiatives(Dossier dossier, String criterionId) {
    List<Initiative> found = new ArrayList<>();
    for (CriterionSection s : dossier.sections()) {
      if (s.criterionId().equals(criterionId)) {
        found.addAll(s.actions());
        found.addAll(s.engagements());
      }
    }
    return found;
  }

  private static DashboardEntry entry(String criterionId, String requirementId, List<Initiative> initiatives,
      Set<String> annex, String comment) {
    Set<String> evidence = new LinkedHashSet<>();
    initiatives.forEach(i -> i.evidenceIds().stream().filter(annex::contains).forEach(evidence::add));
    DashboardEntry.Builder entry = DashboardEntry.builder()
        .criterionId(criterionId)
        .assessment(Assessment.NOT_ASSESSED)
        .prefilled(true)
        .addAllEvidenceSeen(evidence)
        .comment(abbreviate(comment));
    if (requirementId != null) {
      entry.requirementId(requirementId);
    }
    return entry.build();
  }

  private static String names(List<Initiative> initiatives, Locale language) {
    return initiatives.stream()
        .map(i -> Messages.builtIn(i instanceof Engagement ? "prefill.engagement" : "prefill.action", language, i.title()))
        .collect(Collectors.joining(", "));
  }

  private static String abbreviate(String text) {
    if (text.codePointCount(0, text.length()) <= Text.PARAGRAPH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, Text.PARAGRAPH - 1)).strip() + "…";
  }
}
