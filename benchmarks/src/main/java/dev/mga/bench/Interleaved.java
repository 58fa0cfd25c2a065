package dev.mga.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interleaved A/B of one JMH benchmark method across builds of the benchmarks jar, in one JVM (each
 * jar in its own class loader): operations alternate between the builds, so load from other
 * processes falls on all of them alike, which JMH's one-build-after-the-other runs cannot give on a
 * shared machine. Reports the median thread CPU time and the median bytes allocated per operation.
 * The first jar is the base. See bench/interleaved.sh.
 *
 * <p>args: benchmarkClass method params(name=value,… or -) seconds jar…
 */
public final class Interleaved {
    private static final com.sun.management.ThreadMXBean T =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Interleaved() {
    }

    public static void main(String[] a) throws Exception {
        String cls = a[0], method = a[1], param = a[2];
        double seconds = Double.parseDouble(a[3]);
        List<String> jars = Arrays.asList(a).subList(4, a.length);
        int n = jars.size();
        Object[] bench = new Object[n];
        Method[] m = new Method[n];
        Object[] bh = new Object[n];
        for (int i = 0; i < n; i++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(jars.get(i)).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass(cls);
            bench[i] = c.getConstructor().newInstance();
            if (!param.equals("-")) {
                for (String pv : param.split(",")) {
                    String[] kv = pv.split("=");
                    Field f = c.getField(kv[0]);
                    if (f.getType() == int.class) {
                        f.setInt(bench[i], Integer.parseInt(kv[1]));
                    } else {
                        f.set(bench[i], kv[1]);
                    }
                }
            }
            c.getMethod("setup").invoke(bench[i]);
            Class<?> bhc = cl.loadClass("org.openjdk.jmh.infra.Blackhole");
            var ctor = bhc.getConstructor(String.class);
            bh[i] = ctor.newInstance("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            m[i] = c.getMethod(method, bhc);
        }
        // warm-up: alternate for a third of the time
        long end = System.nanoTime() + (long) (seconds / 3 * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < n; i++) {
                m[i].invoke(bench[i], bh[i]);
            }
        }
        List<List<Double>> cpu = new ArrayList<>();
        List<List<Double>> alloc = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cpu.add(new ArrayList<>());
            alloc.add(new ArrayList<>());
        }
        end = System.nanoTime() + (long) (seconds * 1e9);
        int round = 0;
        while (System.nanoTime() < end) {
            for (int k = 0; k < n; k++) {
                int i = (k + round) % n; // rotate the order
                long c0 = T.getCurrentThreadCpuTime();
                long a0 = T.getCurrentThreadAllocatedBytes();
                m[i].invoke(bench[i], bh[i]);
                cpu.get(i).add((T.getCurrentThreadCpuTime() - c0) / 1e3);
                alloc.get(i).add((T.getCurrentThreadAllocatedBytes() - a0) / 1e6);
            }
            round++;
        }
        double base = median(cpu.get(0));
        double abase = median(alloc.get(0));
        StringBuilder sb = new StringBuilder(cls.substring(cls.lastIndexOf('.') + 1) + " " + param + ":");
        for (int i = 0; i < n; i++) {
            double med = median(cpu.get(i));
            double mb = median(alloc.get(i));
            String name = i == 0 ? "base" : n == 2 ? "new" : "build " + i;
            sb.append(String.format(" | %s thread %.1f us/op (%+.0f%%), allocated %.1f MB/op (%+.0f%%), %d ops", name, med,
                    (med / base - 1) * 100, mb, (mb / abase - 1) * 100, cpu.get(i).size()));
        }
        System.out.println(sb);
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
