package dev.bucketmap.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles many annotated interfaces in one javac run (with the processor, -Xlint:all,-processing
 * and -Werror) and tells each interface's diagnostics apart: those in its source and those in its
 * generated class. One broken interface can hide the others' problems (a syntax error in one
 * generated class stops javac before it attributes the rest, a processor error before anything is
 * attributed), so after a failed run the interfaces it blamed are set aside and the rest compiled
 * again, until a run passes or blames nobody. A passing run costs one compilation.
 */
final class Batch {
    private Batch() {}

    /** One annotated interface, in a source of its own. */
    record Unit(String name, JavaFileObject source, int forms) {
        String generatedName() {
            return "BucketMap_" + name;
        }
    }

    /** What one unit got: the diagnostics in its files, and the run it was last compiled in. */
    record Outcome(
            Unit unit,
            List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Compilation run,
            boolean runPassed,
            List<Diagnostic<? extends JavaFileObject>> unattributed) {
        boolean clean() {
            return diagnostics.isEmpty() && runPassed;
        }

        /** Why the unit is not clean: each diagnostic with its file, line and first line of text. */
        String report() {
            StringBuilder sb = new StringBuilder("test." + unit.name() + ": ");
            if (!diagnostics.isEmpty()) {
                sb.append(diagnostics.size()).append(" diagnostic(s) in its source or generated class");
                diagnostics.forEach(d -> sb.append("\n  ").append(describe(d)));
            } else if (!runPassed) {
                sb.append("nothing in its own files, but its javac run failed with");
                unattributed.forEach(d -> sb.append("\n  ").append(describe(d)));
            } else {
                sb.append("clean");
            }
            return sb.toString();
        }
    }

    /** Every unit's outcome, the first run (all units together), and every run made. */
    record Result(Map<String, Outcome> outcomes, List<Compilation> runs, long millis) {
        Compilation first() {
            return runs.get(0);
        }
    }

    /**
     * Compiles with {@link Sources#STRICT}, and with no limit on the number of diagnostics: javac
     * stops printing at 100 errors and 100 warnings, which a batch of broken interfaces exceeds.
     */
    static Compilation compile(List<JavaFileObject> sources) {
        List<String> options = new ArrayList<>(List.of(Sources.STRICT));
        options.addAll(List.of("-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
        return javac().withProcessors(new BucketMapProcessor())
                .withOptions(options)
                .compile(sources);
    }

    static Result compile(List<JavaFileObject> shared, List<Unit> units) {
        long start = System.nanoTime();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<Compilation> runs = new ArrayList<>();
        List<Unit> remaining = new ArrayList<>(units);
        while (!remaining.isEmpty()) {
            List<JavaFileObject> sources = new ArrayList<>(shared);
            remaining.forEach(u -> sources.add(u.source()));
            Compilation c = compile(sources);
            runs.add(c);
            Map<String, List<Diagnostic<? extends JavaFileObject>>> byUnit = new LinkedHashMap<>();
            List<Diagnostic<? extends JavaFileObject>> unattributed = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
                if (d.getKind() == Diagnostic.Kind.NOTE) {
                    continue;
                }
                String owner = owner(d, remaining);
                if (owner == null) {
                    unattributed.add(d);
                } else {
                    byUnit.computeIfAbsent(owner, o -> new ArrayList<>()).add(d);
                }
            }
            boolean passed =
                    c.status() == Compilation.Status.SUCCESS && c.warnings().isEmpty();
            List<Unit> next = new ArrayList<>();
            for (Unit u : remaining) {
                List<Diagnostic<? extends JavaFileObject>> own = byUnit.getOrDefault(u.name(), List.of());
                if (!own.isEmpty() || passed || byUnit.isEmpty()) {
                    outcomes.put(u.name(), new Outcome(u, List.copyOf(own), c, passed, unattributed));
                } else {
                    next.add(u); // possibly hidden behind another unit's problem: compile it again
                }
            }
            remaining = next;
        }
        Map<String, Outcome> ordered = new LinkedHashMap<>();
        units.forEach(u -> ordered.put(u.name(), outcomes.get(u.name())));
        return new Result(ordered, List.copyOf(runs), (System.nanoTime() - start) / 1_000_000);
    }

    /** The unit whose source or generated class {@code d} is in, or null. */
    private static String owner(Diagnostic<? extends JavaFileObject> d, List<Unit> units) {
        if (d.getSource() == null) {
            return null;
        }
        String file = fileName(d.getSource());
        for (Unit u : units) {
            if (file.equals(u.name() + ".java") || file.equals(u.generatedName() + ".java")) {
                return u.name();
            }
        }
        return null;
    }

    private static String fileName(JavaFileObject file) {
        String path = file.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code ERROR BucketMap_Foo.java:12: ']' expected | the line}: one diagnostic, briefly. */
    static String describe(Diagnostic<? extends JavaFileObject> d) {
        String text = d.getMessage(null);
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (d.getSource() == null) {
            return d.getKind() + ": " + first;
        }
        String where = fileName(d.getSource()) + ":" + d.getLineNumber();
        return d.getKind() + " " + where + ": " + first + lineOf(d);
    }

    private static String lineOf(Diagnostic<? extends JavaFileObject> d) {
        if (d.getLineNumber() <= 0) {
            return "";
        }
        try {
            String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
            long n = d.getLineNumber();
            return n <= lines.length ? "   | " + lines[(int) n - 1].strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * compile-testing's {@code succeededWithoutWarnings()}, with a short message: its own prints
     * every generated source (megabytes for a batch); this lists the diagnostics.
     */
    static void assertSucceededWithoutWarnings(Compilation c, String what) {
        try {
            CompilationSubject.assertThat(c).succeededWithoutWarnings();
        } catch (AssertionError e) {
            throw new AssertionError(what + " did not compile without warnings:\n" + describeAll(c));
        }
    }

    /** Every diagnostic of a compilation, for a failure message. */
    static String describeAll(Compilation c) {
        return c.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(Batch::describe)
                .collect(Collectors.joining("\n  ", "  ", ""));
    }
}
