package dev.toasty.cli;

import dev.toasty.migrate.MigrationInfo;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table {@code status} prints: one row per migration, columns padded to their widest cell, times in UTC. */
final class StatusTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> HEADER = List.of("version", "description", "state", "installed on", "ms");

    private StatusTable() {
    }

    static void print(List<MigrationInfo> infos, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MigrationInfo info : infos) {
            rows.add(List.of(info.version(), info.description(), info.state().name(),
                    info.installedOn() == null ? "" : TIME.format(info.installedOn()),
                    info.executionMs() < 0 ? "" : Long.toString(info.executionMs())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == 0 ? "" : "  ").append(pad(row.get(i), widths[i], i == widths.length - 1));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Text cells are left-aligned; the last column, milliseconds, is right-aligned. */
    private static String pad(String cell, int width, boolean right) {
        String fill = " ".repeat(width - cell.length());
        return right ? fill + cell : cell + fill;
    }
}
