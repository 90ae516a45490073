package dev.parallax.bench;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Peak heap of one comparison (default: whole Darwin): the sum of the heap pools' peak usage, reset after the
 * articles are read. Summing per-pool peaks over-counts a little (they need not peak together), so it is an
 * upper bound. Run it with {@code -Xmx1g} to check the 1 GB target. {@code peak-heap PAIR RUNS} repeats the
 * comparison and prints wall and CPU time of each call.
 */
final class PeakHeap {

    private PeakHeap() {
    }

    public static void main(String[] args) {
        String pair = args.length > 0 ? args[0] : "darwin-100";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        if (!pair.equals(Pairs.SEEDS) && !Pairs.hasEvalData()) {
            System.out.println(Pairs.missingMessage());
            return;
        }
        Article[] p = Pairs.load(pair);
        ComparisonEngine engine = ComparisonEngine.standard();
        System.gc();
        long before = usedHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long gcs = gcCount();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Comparison c = null;
        long ms = 0;
        long cpuMs = 0;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            c = engine.compare(p[0], p[1]);
            ms = (System.nanoTime() - t0) / 1_000_000;
            cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            // CPU time of the comparing thread is less disturbed than wall time on a busy machine
            System.out.printf(Locale.ROOT, "%s run %d: %d ms wall, %d ms CPU%n", pair, run, ms, cpuMs);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d links; last call %d ms (first call is cold), %d GCs;"
                        + " heap before %.0f MB, peak %.0f MB (max heap %.0f MB)%n", pair, c.links().size(), ms,
                gcCount() - gcs, before / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
