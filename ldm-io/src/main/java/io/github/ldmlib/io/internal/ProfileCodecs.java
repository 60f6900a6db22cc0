package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.BOOLEAN;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.ModelCodecs.SEVERITY;
import static io.github.ldmlib.io.internal.ModelCodecs.SOURCE_REF;
import static io.github.ldmlib.io.internal.ReferentialCodecs.CRITERION;
import static io.github.ldmlib.io.internal.ReferentialCodecs.REQUIREMENT;

import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.AddedRequirement;

/**
 * The codecs of an academy profile (profil académique): added requirements and rule tailorings.
 *
 * <p>A holder of its own, initialized at first use, so that reading one kind of document defines
 * only the codecs that kind needs. The conventions are those of {@link ModelCodecs}.
 */
final class ProfileCodecs {

  private ProfileCodecs() {}

  static final ObjectCodec<RuleTailoring, RuleTailoring.Builder> RULE_TAILORING = ObjectCodec.define(
          RuleTailoring.class, "How a rule of the checker is tailored: switched off, or another severity.",
          RuleTailoring::builder, RuleTailoring.Builder::build)
      .required("ruleId", STRING, RuleTailoring::ruleId, RuleTailoring.Builder::ruleId)
      .defaulted("enabled", BOOLEAN, Boolean.TRUE, RuleTailoring::enabled, (b, v) -> b.enabled(v))
      .optional("severity", SEVERITY, RuleTailoring::severity, RuleTailoring.Builder::severity)
      .optional("reason", STRING, RuleTailoring::reason, RuleTailoring.Builder::reason)
      .build();

  static final ObjectCodec<AddedRequirement, AddedRequirement.Builder> ADDED_REQUIREMENT = ObjectCodec.define(
          AddedRequirement.class, "A requirement (attendu) an academy profile adds to a criterion of the referential.",
          AddedRequirement::builder, AddedRequirement.Builder::build)
      .required("criterionId", STRING, AddedRequirement::criterionId, AddedRequirement.Builder::criterionId)
      .required("requirement", REQUIREMENT, AddedRequirement::requirement, AddedRequirement.Builder::requirement)
      .build();

  static final ObjectCodec<AcademyProfile, AcademyProfile.Builder> ACADEMY_PROFILE = ObjectCodec.define(
          AcademyProfile.class,
          "An academy profile (profil académique): the academic criteria, added requirements and rule tailorings"
              + " an academy applies to a referential. Reading checks the format only; whether the profile fits its"
              + " referential is checked when it is applied (AcademyProfile.applyTo, Referentials.tailor).",
          AcademyProfile::builder, AcademyProfile.Builder::build)
      .required("id", STRING, AcademyProfile::id, AcademyProfile.Builder::id)
      .required("academy", STRING, AcademyProfile::academy, AcademyProfile.Builder::academy)
      .required("title", STRING, AcademyProfile::title, AcademyProfile.Builder::title)
      .required("baseReferentialId", STRING, AcademyProfile::baseReferentialId,
          AcademyProfile.Builder::baseReferentialId)
      .optional("baseEdition", STRING, AcademyProfile::baseEdition, AcademyProfile.Builder::baseEdition)
      .list("criteria", CRITERION, AcademyProfile::criteria, AcademyProfile.Builder::addAllCriteria)
      .list("addedRequirements", ADDED_REQUIREMENT, AcademyProfile::addedRequirements,
          AcademyProfile.Builder::addAllAddedRequirements)
      .list("ruleTailorings", RULE_TAILORING, AcademyProfile::ruleTailorings,
          AcademyProfile.Builder::addAllRuleTailorings)
      .required("source", SOURCE_REF, AcademyProfile::source, AcademyProfile.Builder::source)
      .list("notes", STRING, AcademyProfile::notes, AcademyProfile.Builder::addAllNotes)
      .build();
}
