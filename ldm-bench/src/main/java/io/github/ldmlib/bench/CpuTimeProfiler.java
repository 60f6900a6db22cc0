package io.github.ldmlib.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Records the CPU time of the benchmark's JVM per operation beside JMH's wall-clock score: on a
 * machine shared with other work, wall time counts the time the benchmark waited for a core, CPU
 * time does not. It is the process's CPU time (every thread: the benchmark's, the JIT compilers',
 * the garbage collector's) over the iteration, divided by the operations of the iteration, the
 * secondary metric {@code ·cpu}; and the CPU time of JMH's worker threads alone, the benchmark's own
 * code, {@code ·cpu.thread}; both in microseconds. Use: {@code -prof
 * io.github.ldmlib.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long start;
  private final Map<Long, Long> workerStart = new HashMap<>();

  /** Made by JMH. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    workerStart.clear();
    for (Thread t : workers()) {
      workerStart.put(t.getId(), THREADS.getThreadCpuTime(t.getId()));
    }
    start = OS.getProcessCpuTime();
  }

  /** JMH's worker threads: alive between iterations, they run the benchmark method. */
  private static List<Thread> workers() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("jmh-worker")).toList();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long cpu = OS.getProcessCpuTime() - start;
    long worker = 0;
    for (Thread t : workers()) {
      Long before = workerStart.get(t.getId());
      long now = THREADS.getThreadCpuTime(t.getId());
      if (before != null && before >= 0 && now >= 0) {
        worker += now - before;
      }
    }
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : cpu / 1000.0 / ops;
    double workerPerOp = ops == 0 || workerStart.isEmpty() ? Double.NaN : worker / 1000.0 / ops;
    return List.of(new ScalarResult("·cpu", perOp, "µs/op", AggregationPolicy.AVG),
        new ScalarResult("·cpu.thread", workerPerOp, "µs/op", AggregationPolicy.AVG));
  }
}
