/**
 * Benchmarks of the « Lycée des métiers » label library: JMH benchmarks of reading, validating
 * and checking generated dossiers (<i>dossiers de candidature</i>) side by side with a plain JSON
 * parse, a cold-start timer and a batch run in a small heap. Run them with {@code ldm-bench/run.sh};
 * see {@code docs/performance.md}.
 */
package io.github.ldmlib.bench;
