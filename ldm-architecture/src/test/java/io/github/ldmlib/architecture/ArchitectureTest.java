package io.github.ldmlib.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules the code of the library's modules keeps, checked on their compiled classes.
 *
 * <ul>
 *   <li>The modules depend on one another as the build says, and no further: {@code ldm-io} and
 *       {@code ldm-rules} on {@code ldm-model}; {@code ldm-report} on the model and the rules;
 *       {@code ldm-test} on the model, the format and the rules; {@code ldm-office} on the model,
 *       the format, the rules and the reports; {@code ldm-cli} on all of them;
 *       {@code ldm-spring-boot-starter} on the model, the format, the rules and the reports.
 *   <li>No module uses another module's {@code internal} packages: those are the module's own
 *       business, public only so that its packages can share them.
 *   <li>No cycle between modules. (Within a module, the public API and its {@code internal}
 *       packages refer to each other by design: the API hands out what the internals implement.)
 *   <li>Each library stays in the module that needs it: Jackson's tree and databinding in {@code
 *       ldm-io} (its Jackson 2 and Jackson 3 modules; the model carries Jackson's annotations only,
 *       in {@code HiddenFromDatabinding}), Hibernate Validator behind {@code LdmValidation}, the template
 *       engine in {@code ldm-report}, Apache POI, the PDF renderer and jsoup in {@code ldm-office},
 *       picocli and the standard streams in {@code ldm-cli}, Spring in {@code ldm-spring-boot-starter}.
 *   <li>No public type outside an {@code internal} package extends, implements, returns, takes,
 *       holds or throws a type of an {@code internal} package: a user reaches the internals through
 *       no signature of the API, although the jars, automatic modules, export every package.
 * </ul>
 */
@AnalyzeClasses(packages = "io.github.ldmlib",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.LibraryOnly.class})
class ArchitectureTest {

  /** The modules, by the root package of each. */
  static final Map<String, String> MODULES = Map.of(
      "model", "io.github.ldmlib.model",
      "io", "io.github.ldmlib.io",
      "rules", "io.github.ldmlib.rules",
      "report", "io.github.ldmlib.report",
      "test", "io.github.ldmlib.test",
      "office", "io.github.ldmlib.office",
      "cli", "io.github.ldmlib.cli",
      "spring-boot-starter", "io.github.ldmlib.spring");

  /** The modules each module may use, besides itself. */
  static final Map<String, List<String>> ALLOWED = Map.of(
      "model", List.of(),
      "io", List.of("model"),
      "rules", List.of("model"),
      "report", List.of("model", "rules"),
      "test", List.of("model", "io", "rules"),
      "office", List.of("model", "io", "rules", "report"),
      "cli", List.of("model", "io", "rules", "report", "office"),
      "spring-boot-starter", List.of("model", "io", "rules", "report"));

  /** Leaves out the benchmarks and the worked example, which are not modules of the library. */
  static final class LibraryOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/io/github/ldmlib/bench/") && !location.contains("/io/github/ldmlib/examples/");
    }
  }

  @ArchTest
  static final ArchRule theModelDependsOnNoOtherModule = onlyOn("model");

  @ArchTest
  static final ArchRule theFormatDependsOnTheModelOnly = onlyOn("io");

  @ArchTest
  static final ArchRule theRulesDependOnTheModelOnly = onlyOn("rules");

  @ArchTest
  static final ArchRule theReportsDependOnTheModelAndTheRulesOnly = onlyOn("report");

  @ArchTest
  static final ArchRule theTestKitDependsOnTheModelTheFormatAndTheRulesOnly = onlyOn("test");

  @ArchTest
  static final ArchRule theOfficeDocumentsDependOnTheModelTheFormatTheRulesAndTheReportsOnly =
      onlyOn("office");

  static final ArchRule theStarterDependsOnTheModelTheFormatTheRulesAndTheReportsOnly = onlyOn("spring-boot-starter");

  @ArchTest
  static final ArchRule noModuleUsesAnotherModulesInternalPackages = noClasses()
      .should(useAnotherModulesInternals())
      .as("no module uses another module's internal packages");

  @ArchTest
  static final ArchRule noCycleBetweenModules = slices().matching("io.github.ldmlib.(*)..").should().beFreeOfCycles()
      .as("no cycle between the modules");

  @ArchTest
  static final ArchRule theModelUsesNoJackson = noClasses().that().resideInAPackage("io.github.ldmlib.model..")
      .and().doNotHaveFullyQualifiedName("io.github.ldmlib.model.internal.HiddenFromDatabinding")
      .and().doNotHaveFullyQualifiedName("io.github.ldmlib.model.internal.LdmStyle")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .as("the model uses no Jackson, but for the annotations of HiddenFromDatabinding and LdmStyle");

  @ArchTest
  static final ArchRule theModelUsesJacksonAnnotationsOnly = noClasses().that().resideInAPackage("io.github.ldmlib.model..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..",
          "tools.jackson..");

  @ArchTest
  static final ArchRule databindOnlyInTheJacksonModule = noClasses()
      .that().haveNameNotMatching("io\\.github\\.ldmlib\\.io\\.(LdmModule|internal\\.JacksonAdapters)(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
      .as("only LdmModule and its adapters use jackson-databind");

  @ArchTest
  static final ArchRule jackson3OnlyInTheJackson3Module = noClasses()
      .that().haveNameNotMatching(
          "io\\.github\\.ldmlib\\.io\\.(LdmJackson3Module|internal\\.Jackson3Adapters|internal\\.Jackson3Parser)(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
      .as("only LdmJackson3Module and its adapters use Jackson 3");

  @ArchTest
  static final ArchRule hibernateValidatorOnlyBehindLdmValidation = noClasses()
      .that().resideOutsideOfPackages("io.github.ldmlib.model.validation", "io.github.ldmlib.model.internal")
      .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
      .as("only LdmValidation and the model's internals use Hibernate Validator");

  @ArchTest
  static final ArchRule theTemplateEngineOnlyInTheReports = noClasses()
      .that().resideOutsideOfPackage("io.github.ldmlib.report..")
      .should().dependOnClassesThat().resideInAPackage("gg.jte..");

  @ArchTest
  static final ArchRule theOfficeLibrariesOnlyInTheOfficeModule = noClasses()
      .that().resideOutsideOfPackage("io.github.ldmlib.office..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
          "com.openhtmltopdf..", "org.apache.pdfbox..", "org.jsoup..")
      .as("Apache POI, the PDF renderer and jsoup are used in ldm-office only");

  static final ArchRule springOnlyInTheStarter = noClasses()
      .that().resideOutsideOfPackage("io.github.ldmlib.spring..")
      .should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule picocliOnlyInTheCommandLine = noClasses()
      .that().resideOutsideOfPackage("io.github.ldmlib.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule theStandardStreamsOnlyInTheCommandLine = noClasses()
      .that().resideOutsideOfPackage("io.github.ldmlib.cli..")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule thePublicApiExposesNoInternalType = classes()
      .that().arePublic().and().resideOutsideOfPackage("..internal..")
      .should(exposeNoInternalType())
      .as("the public API names no type of an internal package (the jars are automatic modules, "
          + "which export every package: the API's signatures keep the internals out of reach)");

  private static ArchRule onlyOn(String module) {
    String[] forbidden = MODULES.keySet().stream()
        .filter(m -> !m.equals(module) && !ALLOWED.get(module).contains(m))
        .map(m -> MODULES.get(m) + "..")
        .toArray(String[]::new);
    return noClasses().that().resideInAPackage(MODULES.get(module) + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .as("module " + module + " depends on " + (ALLOWED.get(module).isEmpty() ? "no other module"
            : "modules " + ALLOWED.get(module) + " only"));
  }

  /** The module a class belongs to, by its package; null for a class of no module. */
  static String moduleOf(JavaClass c) {
    String name = c.getPackageName();
    for (Map.Entry<String, String> m : MODULES.entrySet()) {
      if (name.equals(m.getValue()) || name.startsWith(m.getValue() + ".")) {
        return m.getKey();
      }
    }
    return null;
  }

  private static boolean isInternal(JavaClass c) {
    return (c.getPackageName() + ".").contains(".internal.");
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getRawSuperclass().filter(ArchitectureTest::isInternal)
            .ifPresent(s -> events.add(SimpleConditionEvent.violated(type, type.getName() + " extends " + s.getName())));
        type.getRawInterfaces().stream().filter(ArchitectureTest::isInternal)
            .forEach(i -> events.add(SimpleConditionEvent.violated(type, type.getName() + " implements " + i.getName())));
        for (JavaMember member : type.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC) && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          List<JavaClass> named = new ArrayList<>();
          if (member instanceof JavaField field) {
            named.add(field.getRawType());
          } else if (member instanceof JavaCodeUnit unit) {
            named.add(unit.getRawReturnType());
            named.addAll(unit.getRawParameterTypes());
            unit.getThrowsClause().forEach(t -> named.add(t.getRawType()));
          }
          named.stream().filter(ArchitectureTest::isInternal).forEach(c -> events.add(SimpleConditionEvent.violated(
              member, member.getFullName() + " names " + c.getName())));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> useAnotherModulesInternals() {
    return new ArchCondition<>("use another module's internal packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = moduleOf(origin);
        origin.getDirectDependenciesFromSelf().forEach(d -> {
          JavaClass target = d.getTargetClass();
          String other = moduleOf(target);
          if (other != null && !other.equals(own) && isInternal(target)) {
            events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
          }
        });
      }
    };
  }
}
