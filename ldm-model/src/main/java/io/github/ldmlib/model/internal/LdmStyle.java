package io.github.ldmlib.model.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the project.
 *
 * <p>Each value type is an abstract class with fluent accessors ({@code title()}), a public static
 * {@code builder()} and a nested {@code Builder} that extends the generated one; the generated
 * {@code Immutable*} class stays package-private, so the public API names only the abstract type.
 * The generated code depends on the JDK alone ({@code jdkOnly}), and no annotation of the
 * processor's own survives in the class files at run time.
 *
 * <p>It also carries {@link HiddenFromDatabinding}, and is retained at run time for that.
 *
 * <p>This annotation is internal: it is public only so that the other modules of the project can
 * use it. It is not part of the supported API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@HiddenFromDatabinding
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false, prehash = false))
public @interface LdmStyle {}
