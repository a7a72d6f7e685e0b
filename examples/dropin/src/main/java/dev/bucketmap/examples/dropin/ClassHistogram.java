package dev.bucketmap.examples.dropin;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JVM's count of live objects per class, as {@code jcmd <pid> GC.class_histogram} prints
 * it, read in-process through the HotSpot DiagnosticCommand MBean. Taking one runs a full GC
 * first, so only objects still reachable are counted, each with its exact size.
 */
final class ClassHistogram {

    /** One class: how many live instances, and their bytes. */
    record Count(long instances, long bytes) {}

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private ClassHistogram() {}

    /** The live objects of every class, by JVM class name ({@code [J}, {@code java.lang.Long}, ...). */
    static Map<String, Count> take() throws JMException {
        Object text = ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        Map<String, Count> counts = new HashMap<>();
        for (String line : String.valueOf(text).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                counts.merge(
                        row.group(3),
                        new Count(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Count(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return counts;
    }

    /** {@code [J} as {@code long[]}, {@code [Ljava.util.HashMap$Node;} as {@code java.util.HashMap$Node[]}. */
    static String readable(String jvmName) {
        int dims = 0;
        while (dims < jvmName.length() && jvmName.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return jvmName;
        }
        String element = jvmName.substring(dims);
        String base = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default ->
                element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dims);
    }
}
