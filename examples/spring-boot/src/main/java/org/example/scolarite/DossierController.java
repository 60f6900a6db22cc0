package org.example.scolarite;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.report.ReportFormat;
import io.github.ldmlib.report.ReportRenderer;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.spring.LdmProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dossiers over HTTP. A body that is not a dossier of the format, or a dossier whose values break
 * the model's constraints ({@code @Valid}), never reaches these methods: the starter answers 400
 * problem+json with the line, column and JSON Pointer of the fault, or with each violation's
 * pointer. Messages and reports are in French unless the request asks for English
 * ({@code Accept-Language: en}).
 */
@RestController
@RequestMapping("/dossiers")
public class DossierController {

  /** The most dossiers kept in memory: a client cannot grow the store beyond it. */
  static final int MAX_STORED = 1_000;

  private final Checker<Dossier> checker;
  private final Referential referential;
  private final Map<String, Dossier> stored = new ConcurrentHashMap<>();

  DossierController(Checker<Dossier> checker, Referential referential) {
    this.checker = checker;
    this.referential = referential;
  }

  /**
   * Checks a dossier as it stood at its submission date.
   *
   * @param dossier the dossier, in the label's JSON format
   * @param locale the request's locale
   * @return its conformity report, in the same format
   */
  @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ConformityReport check(@Valid @RequestBody Dossier dossier, Locale locale) {
    return checker.check(dossier, language(locale));
  }

  /**
   * Accepts a dossier for audit only if nothing blocks it.
   *
   * @param dossier the dossier
   * @param locale the request's locale
   * @return its conformity report, or 422 problem+json with the findings that block it
   */
  @PostMapping(path = "/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> submit(@Valid @RequestBody Dossier dossier, Locale locale) {
    ConformityReport report = checker.check(dossier, language(locale));
    return LdmProblems.blocking(report)
        .<ResponseEntity<?>>map(problem -> ResponseEntity.of(problem).build())
        .orElseGet(() -> ResponseEntity.ok(report));
  }

  /**
   * Checks a dossier and renders its report as one self-contained HTML page.
   *
   * @param dossier the dossier
   * @param locale the request's locale
   * @return the page
   */
  @PostMapping(path = "/report.html", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  public String report(@Valid @RequestBody Dossier dossier, Locale locale) {
    return html(dossier, language(locale));
  }

  /**
   * Keeps a dossier under an id (in memory, at most {@value #MAX_STORED}). The id's own constraint
   * makes Spring validate the method's parameters together: a dossier's violations then come
   * through Spring's method validation, and are answered the same way.
   *
   * @param id the id, 1 to 64 letters, digits or hyphens
   * @param dossier the dossier
   * @return 204, or 507 when the store is full
   */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> put(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id,
      @Valid @RequestBody Dossier dossier) {
    if (!stored.containsKey(id) && stored.size() >= MAX_STORED) {
      return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).build();
    }
    stored.put(id, dossier);
    return ResponseEntity.noContent().build();
  }

  /**
   * Returns a kept dossier, in the format's exact bytes.
   *
   * @param id the id
   * @return the dossier
   */
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public Dossier get(@PathVariable String id) {
    return find(id);
  }

  /**
   * Renders the report of a kept dossier.
   *
   * @param id the id
   * @param locale the request's locale
   * @return the page
   */
  @GetMapping(path = "/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
  public String storedReport(@PathVariable String id, Locale locale) {
    return html(find(id), language(locale));
  }

  private Dossier find(String id) {
    Dossier dossier = stored.get(id);
    if (dossier == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no dossier " + id);
    }
    return dossier;
  }

  private String html(Dossier dossier, Locale language) {
    ConformityReport report = checker.check(dossier, language);
    return ReportRenderer.of(language).render(ReportFormat.HTML, report, referential, dossier);
  }

  /** Check and render in the same language: English if asked for, French otherwise. */
  private static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }
}
