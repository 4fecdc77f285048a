package dev.toasty.benchmarks.report;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The ratio table from a small JMH result: fastest fork over raw JDBC's fastest fork, the range of forks, ceilings in their row. */
class RatiosTest {

    private static final String RESULT = """
            [
              {"benchmark": "dev.toasty.benchmarks.scenarios.S4BulkInsert.insertAll", "mode": "ss",
               "params": {"db": "postgresql", "impl": "toasty"},
               "primaryMetric": {"scoreUnit": "ms/op", "rawData": [[5, 5], [8, 8]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S1FindByKey.find", "mode": "thrpt",
               "params": {"db": "postgresql", "impl": "toasty"},
               "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[90, 90], [50, 70]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S1FindByKey.find", "mode": "thrpt",
               "params": {"db": "postgresql", "impl": "raw"},
               "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[100, 100], [80, 80]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S4BulkInsert.insertAll", "mode": "ss",
               "params": {"db": "postgresql", "impl": "raw"},
               "primaryMetric": {"scoreUnit": "ms/op", "rawData": [[10, 10], [20, 20]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S4BulkCopy.copy", "mode": "ss",
               "params": {"db": "postgresql"},
               "primaryMetric": {"scoreUnit": "ms/op", "rawData": [[2, 2], [4, 4]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S2ListWhere.list", "mode": "thrpt",
               "params": {"db": "postgresql", "impl": "raw", "n": "1000"},
               "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[40]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S2ListWhere.list", "mode": "thrpt",
               "params": {"db": "postgresql", "impl": "toasty", "n": "1000"},
               "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[30]]}},
              {"benchmark": "dev.toasty.benchmarks.scenarios.S2ListWhere.list", "mode": "thrpt",
               "params": {"db": "postgresql", "impl": "raw", "n": "10"},
               "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[400]]}}
            ]
            """;

    @Test
    void eachContenderIsItsFastestForkOverRawJdbcsWithTheRangeOfItsForks() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Ratios.print(Ratios.read(JsonMapper.builder().build().readTree(RESULT)), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "### postgresql",
                "",
                "| scenario | raw JDBC | toasty | copy |",
                "|---|---:|---:|---:|",
                "| S1FindByKey | 100 ops/s | 0.90x (0.60-0.90) |  |",
                "| S2ListWhere n=10 | 400 ops/s |  |  |",
                "| S2ListWhere n=1000 | 40.00 ops/s | 0.75x |  |",
                "| S4BulkInsert | 10.00 ms/op | 2.00x (1.25-2.00) | 5.00x (2.50-5.00) |",
                "");
    }
}
