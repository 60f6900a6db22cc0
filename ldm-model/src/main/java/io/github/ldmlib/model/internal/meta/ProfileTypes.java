package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.AddedRequirement;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.List;

/** The types of an academy profile (profil académique): added requirements and rule tailorings. */
final class ProfileTypes {

  private ProfileTypes() {}

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.value(RuleTailoring.class, "How a rule of the checker is tailored: switched off, or another severity.",
              RuleTailoring::builder, RuleTailoring.Builder::build)
          .required("ruleId", String.class, RuleTailoring.Builder::ruleId)
          .defaulted("enabled", boolean.class, Boolean.TRUE, RuleTailoring.Builder::enabled)
          .optional("severity", Severity.class, RuleTailoring.Builder::severity)
          .optional("reason", String.class, RuleTailoring.Builder::reason)
          .build(),

      Declaration.value(AddedRequirement.class,
              "A requirement (attendu) an academy profile adds to a criterion of the referential.",
              AddedRequirement::builder, AddedRequirement.Builder::build)
          .required("criterionId", String.class, AddedRequirement.Builder::criterionId)
          .required("requirement", Requirement.class, AddedRequirement.Builder::requirement)
          .build(),

      Declaration.value(AcademyProfile.class,
              "An academy profile (profil académique): the academic criteria, added requirements and rule tailorings"
                  + " an academy applies to a referential. Reading checks the format only; whether the profile fits its"
                  + " referential is checked when it is applied (AcademyProfile.applyTo, Referentials.tailor).",
              AcademyProfile::builder, AcademyProfile.Builder::build)
          .required("id", String.class, AcademyProfile.Builder::id)
          .required("academy", String.class, AcademyProfile.Builder::academy)
          .required("title", String.class, AcademyProfile.Builder::title)
          .required("baseReferentialId", String.class, AcademyProfile.Builder::baseReferentialId)
          .optional("baseEdition", String.class, AcademyProfile.Builder::baseEdition)
          .list("criteria", Criterion.class, AcademyProfile.Builder::addAllCriteria)
          .list("addedRequirements", AddedRequirement.class, AcademyProfile.Builder::addAllAddedRequirements)
          .list("ruleTailorings", RuleTailoring.class, AcademyProfile.Builder::addAllRuleTailorings)
          .optional("parameters", ProcessParameters.class, AcademyProfile.Builder::parameters)
          .required("source", SourceRef.class, AcademyProfile.Builder::source)
          .list("notes", String.class, AcademyProfile.Builder::addAllNotes)
          .build());
}
