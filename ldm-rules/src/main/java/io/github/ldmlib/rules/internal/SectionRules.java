package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import java.util.List;

/** Rules on criterion teams, engagement leads and the content of a section. */
final class SectionRules {

  private SectionRules() {}

  static final Rule<Dossier> COORDINATOR_IDENTIFIED = Catalogue.dossier("LDM-D-021", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("The coordinator of each criterion team, when given, is identified by last name, first name "
          + "and function. Whether the coordinator is present at all is "
          + "LDM-D-020's concern.")
      .reads("—")
      .clause("ÉQUIPE CRITÈRE X / Nom Prénom Fonction / Coordonnateur critère X")
      .grade("The table's « Prénom » and « Fonction » columns are among the « éléments attendus pour chaque "
          + "tableau »: a coordinator named without them is to complete. Nothing in the guide makes a "
          + "missing first name or function stop the dossier, so it is not NOT_SUBMITTABLE. The "
          + "coordinator's presence itself is graded by LDM-D-020.")
      .check(SectionRules::coordinatorIdentified);

  static final Rule<Dossier> MEMBERS_IDENTIFIED = Catalogue.dossier("LDM-D-022", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("Each member of a criterion team is identified by last name, first name and function, and the "
          + "coordinator is not listed again among the members (a team has exactly one coordinator).")
      .reads("—")
      .clause("ÉQUIPE CRITÈRE X / Nom Prénom Fonction / Membres équipe critère X")
      .grade("The table's « Prénom » and « Fonction » columns are among the « éléments attendus pour chaque "
          + "tableau »: a member named without them is to complete, which does not stop the dossier. The "
          + "source is silent on a coordinator listed again among the members; the rule reports it at the "
          + "same grade as a fault of the same table.")
      .check(SectionRules::membersIdentified);

  static final Rule<Dossier> SECTION_HAS_WORK = Catalogue.dossier("LDM-D-023", TO_COMPLETE)
      .source(Sources.DOSSIER_OBJECTIVES)
      .checks("Each criterion section presents at least one action or one engagement.")
      .reads("—")
      .clause("Présenter le travail réalisé au sein de l'établissement pour chaque critère")
      .grade("Section E I) asks the dossier to present the work done for each criterion: a section with no "
          + "action and no engagement presents none, and is to be completed.")
      .check(SectionRules::sectionHasWork);

  static final Rule<Dossier> LEAD_IDENTIFIED = Catalogue.dossier("LDM-D-041", TO_COMPLETE)
      .source(Sources.TABLES)
      .checks("The lead (animateur) of each engagement, when given, is named with a function. "
          + "Whether the lead is present at all "
          + "is LDM-D-040's concern.")
      .reads("—")
      .clause("Animateur engagement / Nom et fonction de la personne engagée et porteur de l'action")
      .grade("The cell asks for the lead's name and function, among the « éléments attendus pour chaque "
          + "tableau »: a lead without a function is to complete, which does not stop the dossier. The "
          + "lead's presence itself is graded by LDM-D-040.")
      .check(SectionRules::leadIdentified);

  private static void coordinatorIdentified(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      s.value().team().flatMap(CriterionTeam::coordinator).ifPresent(p -> {
        JsonPointer at = s.pointer().append("team").append("coordinator");
        if (p.firstName().isEmpty()) {
          findings.report(at.append("firstName"), "firstName", p.lastName(), s.value().criterionId());
        }
        if (p.function().isEmpty()) {
          findings.report(at.append("function"), "function", p.lastName(), s.value().criterionId());
        }
      });
    }
  }

  private static void membersIdentified(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      if (s.value().team().isEmpty()) {
        continue;
      }
      CriterionTeam team = s.value().team().get();
      List<Person> members = team.members();
      for (int i = 0; i < members.size(); i++) {
        Person p = members.get(i);
        JsonPointer at = Pointers.append(s.pointer(), "team", "members", i);
        if (p.firstName().isEmpty()) {
          findings.report(at.append("firstName"), "firstName", p.lastName(), s.value().criterionId());
        }
        if (p.function().isEmpty()) {
          findings.report(at.append("function"), "function", p.lastName(), s.value().criterionId());
        }
        if (team.coordinator().filter(c -> samePerson(c, p)).isPresent()) {
          findings.report(at, "coordinatorAgain", p.lastName(), s.value().criterionId());
        }
      }
    }
  }

  private static boolean samePerson(Person a, Person b) {
    return a.lastName().equalsIgnoreCase(b.lastName())
        && a.firstName().map(String::toLowerCase).equals(b.firstName().map(String::toLowerCase));
  }

  private static void sectionHasWork(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
      if (s.value().actions().isEmpty() && s.value().engagements().isEmpty()) {
        findings.report(s.pointer().append("actions"), "empty", s.value().criterionId());
      }
    }
  }

  private static void leadIdentified(CheckContext<Dossier> context, FindingSink findings) {
    for (Place<Engagement> g : context.each(Engagement.class)) {
      g.value().lead().filter(p -> p.function().isEmpty()).ifPresent(p ->
          findings.report(g.pointer().append("lead").append("function"), "function", p.lastName(), g.value().title()));
    }
  }
}
