package io.github.ldmlib.model.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFilter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a host's Jackson mapper without the format's module refuse a type of the model, Jackson 2
 * and Jackson 3 alike (both read {@code com.fasterxml.jackson.annotation}), instead of writing a
 * partial object such as {@code {"networkCandidature":false}}:
 *
 * <ul>
 *   <li>a property filter, {@link #FILTER}, that no mapper provides: writing fails with Jackson's
 *       {@code InvalidDefinitionException} (Jackson 2) or {@code InvalidDefinitionException} of
 *       {@code tools.jackson} (Jackson 3) whose message names the filter, and so the module to
 *       register, whatever {@code FAIL_ON_EMPTY_BEANS} says;
 *   <li>every member hidden from databinding: a host whose own {@code FilterProvider} has a default
 *       filter for unknown ids writes {@code {}}, never some of the properties.
 * </ul>
 *
 * <p>The modules' serializers come before bean serialization, so a mapper with a module writes the
 * format and never meets the filter.
 *
 * <p>Every value type has it through {@link LdmStyle}; the records {@code Uai}, {@code SchoolYear}, {@code SourceRef}, {@code Edition} and {@code HeldAudit} carry it
 * directly. {@code jackson-annotations} is an optional dependency of the model: without it on the
 * class path, the JVM ignores the Jackson annotations, and nothing else changes.
 *
 * <p>This annotation is internal: it is public only so that the other modules of the project can
 * use it. It is not part of the supported API.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE, scalarConstructorVisibility = Visibility.NONE)
@JsonFilter(HiddenFromDatabinding.FILTER)
public @interface HiddenFromDatabinding {

  /** The id of the property filter that no mapper has: it tells what to do. */
  String FILTER = "ldm types are written by the ldm Jackson module: register io.github.ldmlib.io.LdmModule"
      + " (Jackson 2) or io.github.ldmlib.io.LdmJackson3Module (Jackson 3)";
}
