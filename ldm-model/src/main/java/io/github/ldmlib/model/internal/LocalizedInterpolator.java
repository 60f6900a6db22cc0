package io.github.ldmlib.model.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Interpolates messages in a fixed locale: templates of the model's own constraints come from the
 * bundle {@code io/github/ldmlib/model/ValidationMessages}, everything else (parameters such as
 * {@code {max}}, the built-in constraints' messages) from Hibernate Validator's parameter-only
 * interpolator. Expression Language is never used.
 */
public final class LocalizedInterpolator implements MessageInterpolator {

  /** Base name of the model's message bundle. */
  public static final String BUNDLE = "io.github.ldmlib.model.ValidationMessages";

  private final MessageInterpolator delegate;
  private final Locale locale;
  private final ResourceBundle bundle;

  /**
   * Creates an interpolator.
   *
   * @param delegate the interpolator for parameters and built-in messages
   * @param locale the locale of every message, French or English
   */
  public LocalizedInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, LocalizedInterpolator.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale ignored) {
    return delegate.interpolate(resolve(messageTemplate), context, locale);
  }

  /**
   * Tells whether a template is one of the model's own, worded by its bundle (the French and
   * English bundles hold the same keys).
   *
   * @param template a message template
   * @return true for {@code {key}} where the key is in the model's bundle
   */
  public static boolean owns(String template) {
    return template.length() > 2 && template.charAt(0) == '{' && template.charAt(template.length() - 1) == '}'
        && Keys.FRENCH.containsKey(template.substring(1, template.length() - 1));
  }

  /** The model's French bundle, read once to answer {@link #owns(String)}. */
  private static final class Keys {
    static final ResourceBundle FRENCH = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH,
        LocalizedInterpolator.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private String resolve(String template) {
    if (template.length() > 2 && template.charAt(0) == '{' && template.charAt(template.length() - 1) == '}') {
      String key = template.substring(1, template.length() - 1);
      try {
        return bundle.getString(key);
      } catch (MissingResourceException notOurs) {
        return template;
      }
    }
    return template;
  }
}
