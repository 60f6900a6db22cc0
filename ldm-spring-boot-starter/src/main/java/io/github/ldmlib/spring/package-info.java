/**
 * Spring Boot 4 auto-configuration of the label's library: the JSON format as an HTTP message
 * converter ({@link io.github.ldmlib.spring.LdmHttpMessageConverter}), the checker of a configured
 * referential or academy profile, Spring's validator seeing the model, and RFC 9457 problem details
 * with JSON Pointers for format errors, violations and blocking findings ({@link
 * io.github.ldmlib.spring.LdmProblems}, {@link io.github.ldmlib.spring.LdmProblemAdvice}). Configured
 * by the properties of {@link io.github.ldmlib.spring.LdmProperties} (prefix {@code ldm}); every bean
 * gives way to one the application declares.
 */
package io.github.ldmlib.spring;
