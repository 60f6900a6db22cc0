package io.github.ldmlib.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an application that picks no library would write: plain mutable classes mirroring a
 * dossier's JSON, bound by Jackson databind and checked by Hibernate Validator with ordinary
 * annotations (required values, non-blank texts, the UAI's pattern, positive durations, cascades).
 * Only the comparison benchmark uses them; they check less than ldm's model (no text rules, no
 * school-year or milestone types, no cross-property checks), which is the point of the comparison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PlainDossier {
  private static final String SCHOOL_YEAR = "\\d{4}-\\d{4}";

  public String formatVersion;
  public String kind;
  @NotBlank public String referentialId;
  public String referentialEdition;
  @NotBlank public String dossierKind;
  @NotNull @Valid public Establishment establishment;
  @Size(min = 1, max = 10000) public String labelTitle;
  public List<@NotBlank String> trades;
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") public String boardVoteDate;
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") public String submissionDate;
  @Size(min = 1, max = 10000) public String context;
  @Valid public Articulation articulation;
  @NotNull public List<@NotNull @Valid Section> sections;
  public List<@NotNull @Valid Evidence> evidence;

  /** The establishment. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Establishment {
    @Pattern(regexp = "\\d{7}[A-Z]") public String uai;
    @NotBlank public String name;
    public String type;
    public String sector;
    @Size(min = 1, max = 10000) public String town;
    @Size(min = 1, max = 10000) public String academy;
    @Size(min = 1, max = 10000) public String region;
  }

  /** How the label fits the establishment's other plans. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Articulation {
    public String selfEvaluation;
    public String establishmentProject;
    public String objectivesContract;
    public List<@NotBlank String> otherLabels;
  }

  /** A criterion section. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Section {
    @NotBlank public String criterionId;
    @Size(min = 1, max = 10000) public String diagnosis;
    @Size(min = 1, max = 10000) public String generalObjective;
    @Valid public Transversality transversality;
    @Valid public Team team;
    public List<@NotNull @Valid Initiative> actions;
    public List<@NotNull @Valid Initiative> engagements;
  }

  /** Links to the other frameworks. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Transversality {
    public List<@NotBlank String> evaluationDomainIds;
    public List<@NotBlank String> qualeducSheetIds;
    public String establishmentProjectAxis;
    public String objectivesContractAxis;
    public String cmqCriterion;
  }

  /** A section's team. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Team {
    @Valid public Person coordinator;
    public List<@NotNull @Valid Person> members;
  }

  /** A person. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Person {
    @NotBlank public String lastName;
    @Size(min = 1, max = 10000) public String firstName;
    @Size(min = 1, max = 10000) public String function;
  }

  /** An action or an engagement. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Initiative {
    @NotBlank public String title;
    @Size(min = 1, max = 10000) public String description;
    @Positive @Max(10) public Integer durationYears;
    public List<@NotNull @Valid Objective> objectives;
    @Valid public Implementation implementation;
    public List<@NotBlank String> requirementIds;
    public List<@NotBlank String> evidenceIds;
    @Pattern(regexp = SCHOOL_YEAR) public String startYear;
    public Boolean perennial;
    public String addedValue;
    public String strengths;
    public String improvementAreas;
    public String conclusion;
    @Valid public Person lead;
    @Pattern(regexp = SCHOOL_YEAR) public String referenceYear;
  }

  /** An objective. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Objective {
    @NotBlank public String text;
    public List<@NotNull @Valid Indicator> indicators;
  }

  /** An indicator. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Indicator {
    @NotBlank public String label;
    @NotBlank public String unit;
    @NotBlank public String direction;
    public Double target;
    public List<@NotNull @Valid Measure> measures;
  }

  /** A measure. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Measure {
    @NotNull @Pattern(regexp = SCHOOL_YEAR) public String schoolYear;
    @NotBlank public String milestone;
    @NotNull public Double value;
  }

  /** How an initiative is carried out. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Implementation {
    public String resources;
    public String schedule;
    public String places;
    public String organisation;
  }

  /** A piece of evidence. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Evidence {
    @NotBlank public String id;
    @NotBlank public String title;
    @NotBlank public String kind;
    @Size(max = 255) public String fileName;
  }
}
