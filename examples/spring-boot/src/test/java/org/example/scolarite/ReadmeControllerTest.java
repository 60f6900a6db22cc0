package org.example.scolarite;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.rules.Checker;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DossierCheck {
  private final Checker<Dossier> checker;        // the starter's: ldm.referential or ldm.profile

  DossierCheck(Checker<Dossier> checker) {
    this.checker = checker;
  }

  @PostMapping("/check")
  ConformityReport check(@Valid @RequestBody Dossier dossier) {   // bad JSON, invalid values: 400 problem+json
    return checker.check(dossier);
  }
}
