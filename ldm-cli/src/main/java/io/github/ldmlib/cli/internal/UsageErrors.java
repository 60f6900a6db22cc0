package io.github.ldmlib.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says what is wrong with a command line in the user's language, from the kind of the command-line
 * parser's exception and the option or argument it names: never the parser's own English message
 * nor a Java class name.
 */
public final class UsageErrors {

  private UsageErrors() {}

  /**
   * The message of a usage error.
   *
   * @param e the parser's exception
   * @param t the texts of the user's language
   * @return one line, without the hint to the help
   */
  public static String message(ParameterException e, Texts t) {
    if (e instanceof UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      List<String> suggestions = u.getSuggestions() == null ? List.of() : u.getSuggestions();
      String hint = suggestions.isEmpty() ? "" : t.get("usage.suggest", String.join(", ", suggestions));
      return first.startsWith("-") && first.length() > 1
          ? t.get("usage.unknownOption", first) + hint
          : t.get("usage.unexpectedArgument", first) + hint;
    }
    if (e instanceof MissingParameterException m) {
      List<String> options = new ArrayList<>();
      List<String> arguments = new ArrayList<>();
      for (ArgSpec spec : m.getMissing()) {
        if (spec instanceof OptionSpec o) {
          options.add(o.longestName());
        } else {
          arguments.add(spec.paramLabel());
        }
      }
      String raw = String.valueOf(e.getMessage());
      // An option given without its value (at the end, or followed by another option).
      boolean valueMissing = raw.startsWith("Missing required parameter for option")
          || raw.startsWith("Expected parameter for option");
      if (valueMissing && m.getMissing().size() == 1
          && m.getMissing().get(0) instanceof OptionSpec o) {
        return t.get("usage.missingValue", o.longestName(), o.paramLabel());
      }
      if (!arguments.isEmpty()) {
        return t.get("usage.missingArgument", String.join(", ", arguments));
      }
      return t.get("usage.missingOption", String.join(", ", options));
    }
    if (e instanceof OverwrittenOptionException o) {
      return t.get("usage.repeated", name(o.getOverwritten()));
    }
    if (e instanceof MaxValuesExceededException) {
      return t.get("usage.tooMany");
    }
    if (e instanceof MutuallyExclusiveArgsException) {
      return t.get("usage.exclusive");
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      return t.get("usage.invalidValue", name(spec), e.getValue(), expected(spec, t));
    }
    return t.get("usage.invalid");
  }

  /** The name of an option or argument as the user writes it. */
  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) {
      return o.longestName();
    }
    return spec instanceof PositionalParamSpec p ? p.paramLabel() : "?";
  }

  /** What an option or argument takes, in words. */
  private static String expected(ArgSpec spec, Texts t) {
    Class<?> type = spec.type();
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      List<String> names = new ArrayList<>();
      for (Object c : constants) {
        names.add(((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT));
      }
      return t.get("usage.expected.oneOf", String.join(", ", names));
    }
    if (spec.completionCandidates() != null) {
      List<String> candidates = new ArrayList<>();
      spec.completionCandidates().forEach(candidates::add);
      if (!candidates.isEmpty()) {
        return t.get("usage.expected.oneOf", candidates.stream().collect(Collectors.joining(", ")));
      }
    }
    if (type == LocalDate.class) {
      return t.get("usage.expected.date");
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return t.get("usage.expected.integer");
    }
    if (type == Path.class) {
      return t.get("usage.expected.path");
    }
    return t.get("usage.expected.other", spec.paramLabel());
  }
}
