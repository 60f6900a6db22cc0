package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.List;

/** The types that documents of several kinds hold: a person, a source reference. */
final class SharedTypes {

  private SharedTypes() {}

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.value(Person.class, "A person named in a dossier (nom, prénom, fonction).",
              Person::builder, Person.Builder::build)
          .required("lastName", String.class, Person.Builder::lastName)
          .optional("firstName", String.class, Person.Builder::firstName)
          .optional("function", String.class, Person.Builder::function)
          .build(),

      Declaration.record(SourceRef.class, "Where a text of the label comes from: document, edition, section.")
          .required("document", String.class)
          .optional("edition", String.class)
          .required("section", String.class)
          .build());
}
