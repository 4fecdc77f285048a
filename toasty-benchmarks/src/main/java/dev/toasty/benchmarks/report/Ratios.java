package dev.toasty.benchmarks.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one JMH JSON result into the ratio table of {@code docs/performance.md}: for each database
 * and scenario, every contender's fastest fork divided by raw JDBC's fastest fork from the same run
 * (1.00 = raw JDBC, higher is faster), with the range of its forks. Usage: {@code Ratios result.json}.
 */
public final class Ratios {

    private static final List<String> ORDER = List.of("raw", "toasty", "jpa", "jdbc", "jooq", "copy");

    /** Benchmarks that are a ceiling for another scenario's row (their method name is the column). */
    private static final Map<String, String> CEILINGS = Map.of("S4BulkCopy", "S4BulkInsert");

    private Ratios() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Ratios <jmh-result.json>");
            System.exit(2);
        }
        print(read(JsonMapper.builder().build().readTree(Path.of(args[0]).toFile())), System.out);
    }

    static List<Measurement> read(JsonNode results) {
        List<Measurement> out = new ArrayList<>();
        for (JsonNode r : results) {
            String benchmark = r.get("benchmark").asString();
            if (benchmark.contains(".migrations.")) {
                continue; // milliseconds per call with no raw-JDBC equivalent: JMH's own table shows them
            }
            String[] parts = benchmark.split("\\.");
            String scenario = parts[parts.length - 2];
            JsonNode params = r.path("params");
            StringBuilder label = new StringBuilder(scenario);
            for (var entry : params.properties()) {
                String key = entry.getKey();
                if (!key.equals("db") && !key.equals("impl")) {
                    label.append(' ').append(key).append('=').append(entry.getValue().asString());
                }
            }
            String db = params.has("db") ? params.get("db").asString() : "dynamodb";
            String impl = params.has("impl") ? params.get("impl").asString() : parts[parts.length - 1];
            if (CEILINGS.containsKey(scenario)) {
                label.replace(0, scenario.length(), CEILINGS.get(scenario));
            }
            JsonNode metric = r.get("primaryMetric");
            List<Double> forks = new ArrayList<>();
            for (JsonNode fork : metric.get("rawData")) {
                double sum = 0;
                for (JsonNode iteration : fork) {
                    sum += iteration.asDouble();
                }
                forks.add(sum / fork.size());
            }
            boolean timed = !r.get("mode").asString().equals("thrpt");
            out.add(new Measurement(label.toString(), db, impl, metric.get("scoreUnit").asString(), timed, forks));
        }
        return out;
    }

    static void print(List<Measurement> measurements, PrintStream out) {
        Map<String, Map<String, Map<String, Measurement>>> byDb = new TreeMap<>();
        List<String> impls = new ArrayList<>();
        for (Measurement m : measurements) {
            byDb.computeIfAbsent(m.db(), k -> new TreeMap<>(Ratios::scenarioOrder)).computeIfAbsent(m.scenario(), k -> new LinkedHashMap<>())
                    .put(m.impl(), m);
            if (!impls.contains(m.impl())) {
                impls.add(m.impl());
            }
        }
        impls.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        List<String> peers = impls.stream().filter(i -> !i.equals("raw")).toList();
        for (var db : byDb.entrySet()) {
            out.println("### " + db.getKey());
            out.println();
            out.println("| scenario | raw JDBC | " + String.join(" | ", peers) + " |");
            out.println("|---|---:|" + "---:|".repeat(peers.size()));
            for (var row : db.getValue().entrySet()) {
                Measurement raw = row.getValue().get("raw");
                StringBuilder line = new StringBuilder("| " + row.getKey() + " | "
                        + (raw == null ? "" : format(raw.bestScore()) + " " + raw.unit()) + " |");
                for (String impl : peers) {
                    Measurement m = row.getValue().get(impl);
                    line.append(' ').append(m == null || raw == null ? "" : ratio(m, raw)).append(" |");
                }
                out.println(line);
            }
            out.println();
        }
    }

    private static String ratio(Measurement m, Measurement raw) {
        double best = m.fastest() / raw.fastest();
        String text = String.format(Locale.ROOT, "%.2fx", best);
        if (m.forkMeans().size() > 1) {
            text += String.format(Locale.ROOT, " (%.2f-%.2f)", m.slowest() / raw.fastest(), best);
        }
        return text;
    }

    private static String format(double score) {
        return score >= 100 ? String.format(Locale.ROOT, "%,.0f", score) : String.format(Locale.ROOT, "%.2f", score);
    }

    private static int rank(String impl) {
        int i = ORDER.indexOf(impl);
        return i < 0 ? ORDER.size() : i;
    }

    /** S1 before S2 before S10, then the extra parameters in numeric order (n=10, n=100, n=1000). */
    private static int scenarioOrder(String a, String b) {
        int byNumber = Integer.compare(number(a), number(b));
        return byNumber != 0 ? byNumber : Long.compare(trailing(a), trailing(b)) != 0 ? Long.compare(trailing(a), trailing(b)) : a.compareTo(b);
    }

    private static int number(String scenario) {
        int end = 1;
        while (end < scenario.length() && Character.isDigit(scenario.charAt(end))) {
            end++;
        }
        return end > 1 ? Integer.parseInt(scenario.substring(1, end)) : Integer.MAX_VALUE;
    }

    private static long trailing(String scenario) {
        int eq = scenario.lastIndexOf('=');
        try {
            return eq < 0 ? 0 : Long.parseLong(scenario.substring(eq + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
