package dev.toasty.suite;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints one line per backend when the run ends, e.g. {@code driver suite: postgresql 180 passed, 0 failed, 2 skipped},
 * or {@code driver suite: postgresql unavailable (why)}. Also writes the lines to
 * {@code target/driver-suite-summary.txt}.
 */
public final class SuiteSummary implements TestExecutionListener {

    private final Map<String, int[]> counts = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String backend = backendOf(test);
        if (backend != null) {
            int[] c = counts.computeIfAbsent(backend, b -> new int[3]);
            c[result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 0
                    : result.getStatus() == TestExecutionResult.Status.FAILED ? 1 : 2]++;
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        String backend = backendOf(test);
        if (backend != null) {
            counts.computeIfAbsent(backend, b -> new int[3])[2]++;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Backend backend : Backends.all()) {
            int[] c = counts.getOrDefault(backend.name(), new int[3]);
            lines.append("driver suite: ").append(backend.name()).append(' ');
            if (backend.unavailable() != null && !backend.required()) {
                lines.append("unavailable (").append(backend.unavailable()).append(')');
            } else {
                lines.append(c[0]).append(" passed, ").append(c[1]).append(" failed, ").append(c[2]).append(" skipped");
            }
            lines.append(System.lineSeparator());
        }
        PrintStream console = System.out;
        console.print(lines);
        try {
            Files.writeString(Path.of("target", "driver-suite-summary.txt"), lines.toString());
        } catch (IOException e) {
            console.println("driver suite: could not write target/driver-suite-summary.txt: " + e.getMessage());
        }
    }

    private static String backendOf(TestIdentifier test) {
        if (!test.isTest()) {
            return null;
        }
        String name = test.getDisplayName();
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.substring(1, name.length() - 1);
        }
        return null;
    }
}
