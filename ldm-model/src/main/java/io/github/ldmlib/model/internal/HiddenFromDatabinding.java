package io.github.ldmlib.model.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Hides every member of a type of the model from Jackson's databinding, Jackson 2 and Jackson 3
 * alike (both read {@code com.fasterxml.jackson.annotation}): an {@code ObjectMapper} without the
 * format's module finds no property, and by default ({@code FAIL_ON_EMPTY_BEANS}) refuses to write
 * the object instead of writing a partial one such as {@code {"networkCandidature":false}}. The
 * module's serializers come before this, so a mapper with the module writes the format.
 *
 * <p>Every value type has it through {@link LdmStyle}; {@code Uai} and {@code SchoolYear} carry it
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
public @interface HiddenFromDatabinding {}
