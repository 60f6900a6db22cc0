package io.github.ldmlib.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.ModelClasses;
import io.github.ldmlib.model.SampleDossiers;
import io.github.ldmlib.model.audit.TrainingSession;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.validation.LdmValidation;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidityCheck} must answer "valid" only when Hibernate Validator finds nothing. These
 * tests prove its plan of every class of the model equal to Hibernate Validator's own metadata,
 * and its answer equal to Hibernate Validator's on objects broken one constraint at a time (the
 * generated and mutated documents of every kind are compared in ldm-test).
 */
class ValidityCheckTest {

  @Test
  void thePlanOfEveryClassOfTheModelIsHibernateValidatorsMetadata() throws Exception {
    Set<Class<?>> types = new LinkedHashSet<>(ModelScope.classes());
    types.addAll(ModelClasses.all());
    int constrained = 0;
    for (Class<?> type : types) {
      assertThat(ModelScope.inModelPackages(type)).as("%s is of the model", type).isTrue();
      Map<String, Set<String>> plan = ValidityCheck.describe(type).orElseThrow(
          () -> new AssertionError(type + " is not modelled by ValidityCheck: extend it, or every "
              + "validation of this class goes through Hibernate Validator's traversal"));
      assertThat(plan).as("plan of %s", type.getName()).isEqualTo(metadata(type));
      constrained += plan.size();
    }
    assertThat(types).hasSizeGreaterThan(ModelScope.classes().size());
    assertThat(constrained).as("constrained properties in the model").isGreaterThan(200);
  }

  @Test
  void aValidDossierIsValid() {
    assertThat(ValidityCheck.isValid(SampleDossiers.complete())).isTrue();
    assertThat(LdmValidation.validate(SampleDossiers.complete())).isEmpty();
  }

  @Test
  void aViolationDeepInsideIsFound() {
    Dossier complete = SampleDossiers.complete();
    Action action = SampleDossiers.action(SampleDossiers.absenteeism(new BigDecimal("12"), new BigDecimal("140")));
    Dossier dossier = withSection(complete, CriterionSection.builder().from(complete.sections().get(0))
        .actions(List.of(action)).build());

    assertThat(ValidityCheck.isValid(dossier)).isFalse();
    assertThat(LdmValidation.validate(dossier)).extracting(v -> v.constraint()).containsExactly("MeasuresFitUnit");
  }

  @Test
  void eachKindOfConstraintIsEvaluated() {
    Dossier complete = SampleDossiers.complete();
    assertAgree(complete, true);
    // @Identifier on a property, @Text and @Sha256 in an Optional, cascades through List and Optional.
    CriterionSection first = complete.sections().get(0);
    assertAgree(withSection(complete, CriterionSection.builder().from(first).criterionId("bad id!").build()), false);
    assertAgree(withSection(complete, CriterionSection.builder().from(first).diagnosis("a\u0001b").build()), false);
    assertAgree(withSection(complete, CriterionSection.builder().from(first).diagnosis("é".repeat(25_000)).build()),
        false);
    assertAgree(withEvidence(complete, Evidence.builder().from(complete.evidence().get(0)).id("bad id!").build()), false);
    assertAgree(withEvidence(complete, Evidence.builder().from(complete.evidence().get(0)).sha256("ABC").build()), false);
    assertAgree(withEvidence(complete, Evidence.builder().from(complete.evidence().get(0))
        .sha256("a".repeat(64)).build()), true);
    // @Min, @Max and @Positive on OptionalInt, @Positive on list elements, @DecimalMin in an Optional.
    ProcessParameters parameters = ProcessParameters.builder().build();
    assertAgree(parameters, true);
    assertAgree(ProcessParameters.builder().auditPlanNoticeDays(0).reportDeadlineDays(365).build(), true);
    assertAgree(ProcessParameters.builder().auditPlanNoticeDays(-1).build(), false);
    assertAgree(ProcessParameters.builder().dossierNoticeWeeks(53).build(), false);
    assertAgree(ProcessParameters.builder().auditDurationDays(0).build(), false);
    assertAgree(ProcessParameters.builder().auditDurationDays(1).build(), true);
    assertAgree(ProcessParameters.builder().followUpAuditYears(List.of(1, 0)).build(), false);
    assertAgree(ProcessParameters.builder().continuingTrainingDaysPerYear(new BigDecimal("-0.5")).build(), false);
    assertAgree(ProcessParameters.builder().continuingTrainingDaysPerYear(BigDecimal.ZERO).build(), true);
    // @Positive and @Digits on a BigDecimal: the scale counts as written, trailing zeros included.
    for (String days : List.of("1.5", "1.50", "999.99", "0.01")) {
      assertAgree(session(days), true);
    }
    for (String days : List.of("1.500", "1000", "0", "-2", "1.555", "1E+3")) {
      assertAgree(session(days), false);
    }
  }

  @Test
  void anObjectOutsideTheModelIsLeftToHibernateValidator() {
    assertThat(ValidityCheck.isValid("not a bean of the model")).isFalse();
    assertThat(ValidityCheck.describe(String.class)).isEmpty();
  }

  private static void assertAgree(Object object, boolean valid) {
    boolean found = !LdmValidation.validator(Locale.FRENCH).validate(object).isEmpty();
    assertThat(found).as("Hibernate Validator finds a violation in %s", object).isEqualTo(!valid);
    assertThat(ValidityCheck.isValid(object)).as("valid: %s", object).isEqualTo(valid);
  }

  private static TrainingSession session(String days) {
    return TrainingSession.builder().date(LocalDate.of(2025, 9, 1)).days(new BigDecimal(days)).build();
  }

  private static Dossier withSection(Dossier dossier, CriterionSection first) {
    List<CriterionSection> sections = new java.util.ArrayList<>(dossier.sections());
    sections.set(0, first);
    return Dossier.builder().from(dossier).sections(sections).build();
  }

  private static Dossier withEvidence(Dossier dossier, Evidence first) {
    List<Evidence> evidence = new java.util.ArrayList<>(dossier.evidence());
    evidence.set(0, first);
    return Dossier.builder().from(dossier).evidence(evidence).build();
  }

  /** Hibernate Validator's metadata of a class, in the form of {@link ValidityCheck#describe}. */
  private static Map<String, Set<String>> metadata(Class<?> type) {
    BeanDescriptor bean = LdmValidation.validator(Locale.FRENCH).getConstraintsForClass(type);
    Map<String, Set<String>> description = new HashMap<>();
    Set<String> classLevel = new LinkedHashSet<>();
    bean.getConstraintDescriptors().forEach(d -> classLevel.add("@" + d.getAnnotation().annotationType().getSimpleName()));
    if (!classLevel.isEmpty()) {
      description.put("", Set.copyOf(classLevel));
    }
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      Set<String> entries = new LinkedHashSet<>();
      property.getConstraintDescriptors()
          .forEach(d -> entries.add("@" + d.getAnnotation().annotationType().getSimpleName()));
      if (property.isCascaded()) {
        entries.add("@Valid");
      }
      for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
        elements(element, "<>", entries);
      }
      description.put(property.getPropertyName(), Set.copyOf(entries));
    }
    return description;
  }

  private static void elements(ContainerElementTypeDescriptor element, String prefix, Set<String> entries) {
    element.getConstraintDescriptors()
        .forEach(d -> entries.add(prefix + "@" + d.getAnnotation().annotationType().getSimpleName()));
    if (element.isCascaded()) {
      entries.add(prefix + "@Valid");
    }
    for (ContainerElementTypeDescriptor nested : element.getConstrainedContainerElementTypes()) {
      elements(nested, prefix + "<>", entries);
    }
  }
}
