package io.github.ldmlib.bench;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.test.AnnualReviewFixture;
import io.github.ldmlib.test.AnnualReviewFixtures;
import io.github.ldmlib.test.DossierGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Annual reviews of every size: the conforming review ({@link AnnualReviewFixtures}) of a generated
 * dossier of that size whose actions, engagements and indicators were given ids, so that the
 * review follows up every one of them and grows with the dossier ({@code S3.A1}, {@code S3.E2},
 * {@code S3.A1.I4}: section, initiative and indicator by their position).
 */
final class ReviewData {

  /** The school year every benchmarked review follows up. */
  static final SchoolYear YEAR = SchoolYear.of(2026);

  private ReviewData() {}

  /** The conforming review of the generated dossier of a size. */
  static AnnualReviewFixture review(Referential referential, DossierGenerator.Size size) {
    Dossier dossier = withIds(BenchData.generator(referential, size).generate());
    return AnnualReviewFixtures.conforming(dossier, YEAR, referential);
  }

  /** The dossier with an id on every action, engagement and indicator. */
  static Dossier withIds(Dossier dossier) {
    List<CriterionSection> sections = new ArrayList<>();
    int s = 0;
    for (CriterionSection section : dossier.sections()) {
      String at = "S" + ++s;
      List<Action> actions = new ArrayList<>();
      for (Action a : section.actions()) {
        String id = at + ".A" + (actions.size() + 1);
        actions.add(Action.builder().from(a).id(id).objectives(withIds(a.objectives(), id)).build());
      }
      List<Engagement> engagements = new ArrayList<>();
      for (Engagement e : section.engagements()) {
        String id = at + ".E" + (engagements.size() + 1);
        engagements.add(Engagement.builder().from(e).id(id).objectives(withIds(e.objectives(), id)).build());
      }
      sections.add(CriterionSection.builder().from(section).actions(actions).engagements(engagements).build());
    }
    return Dossier.builder().from(dossier).sections(sections).build();
  }

  private static List<Objective> withIds(List<Objective> objectives, String initiative) {
    List<Objective> out = new ArrayList<>();
    int n = 0;
    for (Objective o : objectives) {
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator i : o.indicators()) {
        indicators.add(Indicator.builder().from(i).id(initiative + ".I" + ++n).build());
      }
      out.add(Objective.builder().from(o).indicators(indicators).build());
    }
    return out;
  }
}
