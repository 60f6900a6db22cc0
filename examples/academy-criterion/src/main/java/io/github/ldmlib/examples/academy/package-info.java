/**
 * A worked example of an academic criterion and its rules, tested with {@code ldm-test}: the
 * fictional academy of Montclair adopts the Aix-Marseille 2012 criterion « Initiation à la
 * pratique du développement durable » as its academic criterion C9 ({@link
 * io.github.ldmlib.examples.academy.MontclairProfile}), adds two rules for it ({@link
 * io.github.ldmlib.examples.academy.RequirementsAddressedRule}, {@link
 * io.github.ldmlib.examples.academy.PerennialActionRule}) and ships them with a {@link
 * io.github.ldmlib.rules.RuleProvider} ({@link
 * io.github.ldmlib.examples.academy.SustainableDevelopmentRules}). {@code
 * docs/testing-academy-criteria.md} walks through it.
 */
package io.github.ldmlib.examples.academy;
