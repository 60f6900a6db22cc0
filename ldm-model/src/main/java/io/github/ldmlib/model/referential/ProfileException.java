package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.validation.Violation;
import java.util.List;

/**
 * Thrown when an {@link AcademyProfile} cannot be applied to a referential: the profile names
 * another referential or edition, redefines a criterion of the referential, reuses one of its ids,
 * adds more academic criteria than the referential allows, adds a requirement to an unknown
 * criterion, cites an unknown Qualéduc sheet or evaluation domain, or lacks a required text.
 *
 * <p>Each fault has its place in the profile, for example {@code criteria[0].id: C4 is a national
 * criterion of ldm-national-2023 and cannot be redefined}.
 */
public class ProfileException extends ReferentialException {

  /**
   * Creates an exception.
   *
   * @param profileId the id of the profile
   * @param baseId the id of the referential it was applied to
   * @param violations the faults, at least one
   */
  public ProfileException(String profileId, String baseId, List<Violation> violations) {
    super("Academy profile " + profileId + " cannot be applied to " + baseId, profileId, violations);
  }
}
