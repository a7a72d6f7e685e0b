package dev.bucketmap.benchmarks.report;

import dev.bucketmap.benchmarks.peers.Impl;
import dev.bucketmap.benchmarks.peers.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Hash flooding: per kind, milliseconds to insert each key family into a new map, and "> cap" where it gave up. */
final class FloodingSection {
    private static final Map<String, String> FAMILIES = Map.of(
            "random", "random keys",
            "fastutil-mix", "crafted against fastutil's `HashCommon.mix`",
            "phi-multiply", "crafted against the golden-ratio multiply (HPPC's `BitMixer.mixPhi`)",
            "equal-hashCode", "strings of `Aa`/`BB` blocks, all with one `hashCode()`");

    private final List<Map<String, String>> rows;

    FloodingSection(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    String markdown() {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Hash flooding\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Milliseconds to insert %s keys into a new map (lower is better). A run "
                        + "that hit the time cap shows how many keys it got in before it was stopped.%n%n",
                Table.count(Long.parseLong(rows.get(0).get("keys")))));
        for (Kind kind : Kind.values()) {
            List<Map<String, String>> of =
                    rows.stream().filter(r -> r.get("kind").equals(kind.name())).toList();
            if (of.isEmpty()) {
                continue;
            }
            Set<String> families = new LinkedHashSet<>();
            of.forEach(r -> families.add(r.get("family")));
            List<String> header = new ArrayList<>(List.of(kind.label()));
            families.forEach(f -> header.add(f));
            Table table = new Table(header, 1);
            for (Impl impl : Impl.values()) {
                List<Map<String, String>> mine =
                        of.stream().filter(r -> r.get("map").equals(impl.id())).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>(List.of(impl.id()));
                for (String family : families) {
                    cells.add(mine.stream()
                            .filter(r -> r.get("family").equals(family))
                            .findFirst()
                            .map(FloodingSection::cell)
                            .orElse("–"));
                }
                table.row(cells);
            }
            md.append(table).append('\n');
            families.forEach(f -> md.append("- ")
                    .append(f)
                    .append(": ")
                    .append(FAMILIES.getOrDefault(f, f))
                    .append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(Map<String, String> r) {
        double ms = Double.parseDouble(r.get("ms"));
        if (Boolean.parseBoolean(r.get("capped"))) {
            return String.format(
                    Locale.ROOT,
                    "**> cap** (%s keys in %.1f s)",
                    Table.count(Long.parseLong(r.get("inserted"))),
                    ms / 1000);
        }
        return Table.number(ms);
    }
}
