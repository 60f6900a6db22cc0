package io.github.ldmlib.test;

import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import java.lang.reflect.Constructor;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link LdmCheckerTest}: resolves parameters of type {@link Checker},
 * {@link Referential}, {@link DossierFixture} and {@link AcademyProfile}, from a setup built once per
 * distinct annotation and kept in the root store of the test run.
 */
final class LdmCheckerExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LdmCheckerExtension.class);

  /** What one annotation sets up. */
  private record Setup(Optional<AcademyProfile> profile, DossierFixture fixture) {}

  /** The store key of a setup: the annotation's values. */
  private record Key(String referential, String edition, Class<?> profile, boolean discoverRules) {}

  LdmCheckerExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Checker.class || type == Referential.class || type == DossierFixture.class
        || type == AcademyProfile.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    LdmCheckerTest annotation = annotation(context);
    Key key = new Key(annotation.referential(), annotation.edition(), annotation.profile(), annotation.discoverRules());
    Setup setup = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> setUp(annotation), Setup.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == Checker.class) {
      return setup.fixture().checker();
    }
    if (type == Referential.class) {
      return setup.fixture().referential();
    }
    if (type == DossierFixture.class) {
      return setup.fixture();
    }
    return setup.profile().orElseThrow(() -> new ParameterResolutionException(
        "No academy profile to inject into " + parameter.getParameter() + ": give one with @LdmCheckerTest(profile = …)"));
  }

  private static LdmCheckerTest annotation(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<LdmCheckerTest> found = current.get().getElement()
          .flatMap(element -> AnnotationSupport.findAnnotation(element, LdmCheckerTest.class));
      if (found.isPresent()) {
        return found.get();
      }
      current = current.get().getParent();
    }
    throw new ParameterResolutionException("No @LdmCheckerTest on " + context.getDisplayName() + " nor on its classes");
  }

  private static Setup setUp(LdmCheckerTest annotation) {
    try {
      Optional<AcademyProfile> profile = profile(annotation.profile());
      DossierFixture fixture;
      if (profile.isPresent()) {
        AcademyProfile p = profile.get();
        if (!annotation.referential().equals("ldm-national-2023") && !annotation.referential().equals(p.baseReferentialId())) {
          throw new ParameterResolutionException("@LdmCheckerTest names the referential " + annotation.referential()
              + " but the profile " + p.id() + " tailors " + p.baseReferentialId());
        }
        String edition = !annotation.edition().isEmpty() ? annotation.edition() : p.baseEdition().orElse("");
        Referential base = edition.isEmpty() ? Referentials.latest(p.baseReferentialId())
            : Referentials.load(p.baseReferentialId(), edition);
        fixture = DossierFixtures.conforming(p, base);
      } else {
        Referential referential = annotation.edition().isEmpty() ? Referentials.latest(annotation.referential())
            : Referentials.load(annotation.referential(), annotation.edition());
        fixture = DossierFixtures.conforming(referential);
      }
      Checker.Builder<Dossier> checker = Checker.builder(DocumentKind.DOSSIER).referential(fixture.referential()).tailorings(fixture.tailorings());
      if (annotation.discoverRules()) {
        checker.discoverRules();
      }
      return new Setup(profile, fixture.checkedBy(checker.build()));
    } catch (ParameterResolutionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ParameterResolutionException("Cannot set up @LdmCheckerTest(referential = \"" + annotation.referential()
          + "\", edition = \"" + annotation.edition() + "\", profile = " + annotation.profile().getSimpleName()
          + "): " + e.getMessage(), e);
    }
  }

  private static Optional<AcademyProfile> profile(Class<? extends Supplier<AcademyProfile>> type) {
    if (type == LdmCheckerTest.NoProfile.class) {
      return Optional.empty();
    }
    Supplier<AcademyProfile> supplier;
    try {
      Constructor<? extends Supplier<AcademyProfile>> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      supplier = constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new ParameterResolutionException("Cannot create the profile supplier " + type.getName()
          + ": it needs a constructor without arguments", e);
    }
    AcademyProfile profile = supplier.get();
    if (profile == null) {
      throw new ParameterResolutionException("The profile supplier " + type.getName() + " returned null");
    }
    return Optional.of(profile);
  }
}
