package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Many short races on fresh maps. Each trial starts its threads together (a barrier), lets them
 * run until a deadline a few milliseconds away, joins them with a timeout (a thread still running
 * then is a HANG and fails the test at once), and then checks the map single-threaded. Every
 * exception a racing thread sees must be a ConcurrentModificationException; a thread that sees
 * another one stops, and the trial counts as showing it.
 *
 * <p>The trial count comes from {@code -Drace.trials} (CI's default: {@link #CI_TRIALS}, enough
 * that a defect showing in 2% of trials is caught with probability 1 - 0.98^250 > 99%), the
 * length of a trial from {@code -Drace.trialMillis}.
 */
final class Race {
    /** Trials per race in CI: 0.98^250 < 0.7%, 0.97^250 < 0.05%. */
    static final int CI_TRIALS = 250;

    static final int TRIALS = Integer.getInteger("race.trials", CI_TRIALS);
    static final long TRIAL_MILLIS = Long.getLong("race.trialMillis", 8);
    private static final long JOIN_MILLIS = 10_000;
    private static final int SHOWN = 4;
    /** A run of x in a long String key, shortened in messages. */
    private static final Pattern LONG_RUN = Pattern.compile("x{11,}");

    private Race() {}

    /** One thread's work: called again and again until the trial's deadline. */
    @FunctionalInterface
    interface Step<M> {
        void run(M map, SplittableRandom rnd, long n);
    }

    /**
     * Runs {@link #TRIALS} trials of {@code steps} racing on a map from {@code fresh}, one thread
     * per step, checking each map with {@code check} (which returns what it found wrong) once the
     * threads stopped; prints what happened and fails listing the inconsistencies and the
     * exceptions other than ConcurrentModificationException.
     */
    @SafeVarargs
    static <M> void run(String name, Supplier<M> fresh, Function<M, List<String>> check, Step<M>... steps)
            throws InterruptedException {
        int inconsistentTrials = 0;
        int throwingTrials = 0;
        long cmes = 0;
        long ops = 0;
        List<String> problems = new ArrayList<>();
        Map<String, Throwable> others = new LinkedHashMap<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            M map = fresh.get();
            AtomicLong trialCmes = new AtomicLong();
            AtomicLong trialOps = new AtomicLong();
            List<Throwable> thrown = new ArrayList<>();
            long[] deadline = new long[1];
            CyclicBarrier start =
                    new CyclicBarrier(steps.length, () -> deadline[0] = System.nanoTime() + TRIAL_MILLIS * 1_000_000);
            Thread[] threads = new Thread[steps.length];
            for (int s = 0; s < steps.length; s++) {
                Step<M> step = steps[s];
                long seed = trial * 31L + s;
                threads[s] = new Thread(
                        () -> {
                            SplittableRandom rnd = new SplittableRandom(seed);
                            try {
                                start.await();
                            } catch (InterruptedException | BrokenBarrierException e) {
                                return;
                            }
                            long end = deadline[0];
                            long n = 0;
                            while (System.nanoTime() < end) {
                                try {
                                    step.run(map, rnd, n);
                                } catch (ConcurrentModificationException expected) {
                                    trialCmes.incrementAndGet();
                                } catch (Throwable other) {
                                    synchronized (thrown) {
                                        thrown.add(other);
                                    }
                                    break;
                                }
                                n++;
                            }
                            trialOps.addAndGet(n);
                        },
                        name + " trial " + trial + " thread " + s);
                threads[s].setDaemon(true);
            }
            for (Thread t : threads) {
                t.start();
            }
            for (Thread t : threads) {
                t.join(JOIN_MILLIS);
                if (t.isAlive()) {
                    fail("HANG: " + t.getName() + " still running " + JOIN_MILLIS + " ms after its deadline:\n"
                            + trace(t.getStackTrace()));
                }
            }
            cmes += trialCmes.get();
            ops += trialOps.get();
            if (!thrown.isEmpty()) {
                throwingTrials++;
                for (Throwable e : thrown) {
                    others.putIfAbsent(signature(e), e);
                }
            }
            List<String> wrong;
            try {
                wrong = check.apply(map);
            } catch (RuntimeException e) {
                wrong = List.of("the check threw " + stackTrace(e));
            }
            if (!wrong.isEmpty()) {
                inconsistentTrials++;
                if (problems.size() < SHOWN * 3) {
                    problems.add("trial " + trial + ": " + String.join("; ", wrong));
                }
            }
        }
        String summary = String.format(
                "%s: %d trials of %d ms, %d ops, %d CMEs; %d trials (%.1f%%) inconsistent after the race,"
                        + " %d trials (%.1f%%) with exceptions other than CME",
                name,
                TRIALS,
                TRIAL_MILLIS,
                ops,
                cmes,
                inconsistentTrials,
                100.0 * inconsistentTrials / TRIALS,
                throwingTrials,
                100.0 * throwingTrials / TRIALS);
        System.out.println(summary);
        if (inconsistentTrials == 0 && throwingTrials == 0) {
            return;
        }
        StringBuilder message = new StringBuilder(summary);
        for (String p : problems) {
            message.append("\n  ").append(p);
        }
        int shown = 0;
        for (Throwable e : others.values()) {
            if (shown++ == SHOWN) {
                message.append("\n  (").append(others.size() - SHOWN).append(" more kinds of exception)");
                break;
            }
            message.append("\n  racing thread threw ").append(stackTrace(e));
        }
        fail(message.toString());
    }

    /**
     * What is wrong with a {@code Map} after a race: its structural invariants, size against the
     * entries iterated, each iterated key found with its own iterated value, a value that
     * {@code belongs} to its key (written for it, never for another key), and a fresh put of an
     * iterated key that leaves the size alone. Empty if nothing.
     */
    static <K, V> List<String> checkMap(Map<K, V> map, Runnable invariants, BiPredicate<K, V> belongs) {
        List<String> wrong = new ArrayList<>();
        try {
            invariants.run();
        } catch (IllegalStateException e) {
            note(wrong, "checkInvariants: " + e.getMessage());
        }
        Map<K, V> seen = new LinkedHashMap<>();
        Set<K> twice = new LinkedHashSet<>();
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (seen.containsKey(e.getKey())) {
                twice.add(e.getKey());
            }
            seen.put(e.getKey(), e.getValue());
        }
        for (K k : twice) {
            note(wrong, "key " + shorten(k) + " iterated twice");
        }
        if (map.size() != seen.size()) {
            note(wrong, "size() " + map.size() + " but " + seen.size() + " distinct keys iterated");
        }
        for (Map.Entry<K, V> e : seen.entrySet()) {
            K k = e.getKey();
            V v = e.getValue();
            if (!map.containsKey(k)) {
                note(wrong, "iterated key " + shorten(k) + " not found by containsKey");
            } else if (!Objects.equals(map.get(k), v)) {
                note(wrong, "get(" + shorten(k) + ") = " + map.get(k) + " but iterated " + v);
            }
            if (!belongs.test(k, v)) {
                note(wrong, "value " + shorten(v) + " under key " + shorten(k) + ", never written for it");
            }
        }
        for (Map.Entry<K, V> e : seen.entrySet()) {
            int before = map.size();
            map.put(e.getKey(), e.getValue());
            if (map.size() != before) {
                note(wrong, "put of iterated key " + shorten(e.getKey()) + " inserted it a second time");
                break;
            }
        }
        return wrong;
    }

    private static void note(List<String> wrong, String problem) {
        if (wrong.size() < SHOWN) {
            wrong.add(LONG_RUN.matcher(problem)
                    .replaceAll(r -> "\"x\"*" + r.group().length() + "+"));
        } else if (wrong.size() == SHOWN) {
            wrong.add("…");
        }
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o);
        int x = 0;
        while (x < s.length() && s.charAt(x) == 'x') {
            x++;
        }
        return x > 10 ? "\"x\"*" + x + "+\"" + s.substring(x) + "\"" : s;
    }

    private static String signature(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return e.getClass().getName() + (st.length == 0 ? "" : " at " + st[0]);
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString()
                .lines()
                .limit(14)
                .reduce((a, b) -> a + "\n      " + b)
                .orElse("");
    }

    private static String trace(StackTraceElement[] st) {
        StringBuilder b = new StringBuilder();
        for (StackTraceElement e : st) {
            b.append("    at ").append(e).append('\n');
        }
        return b.toString();
    }
}
