package io.github.ldmlib.model.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The message interpolator a host's validator gets from {@code LdmValidation.configure}: a template
 * of the model's own constraints is worded by the model, exactly as {@code LdmValidation} words it
 * (the model's bundle, parameters without Expression Language, French unless the locale's language
 * is English); every other template goes to the host's interpolator unchanged. A message asked
 * for without a locale (as a validator asks) is in the locale {@code defaultLocale} supplies, or,
 * without one, the model's in the JVM's default locale and the host's as the host words it.
 */
public final class HostInterpolator implements MessageInterpolator {

  private final MessageInterpolator host;
  private final Supplier<Locale> defaultLocale;
  private final Function<Locale, LocalizedInterpolator> model;

  /**
   * Creates an interpolator.
   *
   * @param host the host's interpolator, for every template that is not the model's
   * @param defaultLocale the locale of a message when the caller names none, or null to leave the
   *     host's messages to the host's own default
   * @param model the model's interpolator for a locale
   */
  public HostInterpolator(MessageInterpolator host, Supplier<Locale> defaultLocale,
      Function<Locale, LocalizedInterpolator> model) {
    this.host = Objects.requireNonNull(host, "host");
    this.defaultLocale = defaultLocale;
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Returns the host's interpolator this one hands other templates to.
   *
   * @return the host's interpolator
   */
  public MessageInterpolator host() {
    return host;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    if (defaultLocale == null) {
      return LocalizedInterpolator.owns(messageTemplate)
          ? model.apply(Locale.getDefault()).interpolate(messageTemplate, context)
          : host.interpolate(messageTemplate, context);
    }
    Locale locale = defaultLocale.get();
    return interpolate(messageTemplate, context, locale == null ? Locale.getDefault() : locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    if (LocalizedInterpolator.owns(messageTemplate)) {
      return model.apply(locale).interpolate(messageTemplate, context);
    }
    return host.interpolate(messageTemplate, context, locale);
  }
}
