package sitrep.panels.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Substitution as Grafana documents it ("Variable syntax" and "Advanced variable format options" in
 * Grafana's documentation; the examples there use servers = ['test1', 'test2']) and as its Prometheus
 * datasource escapes values by default.
 */
class InterpolatorTest {

    private static Interpolator with(VariableValue... values) {
        Map<String, VariableValue> m = new java.util.HashMap<>();
        for (VariableValue v : values) {
            m.put(v.name(), v);
        }
        return new Interpolator(m, Map.of("__interval", "30s", "__interval_ms", "30000", "__rate_interval", "1m",
                "__range", "3600s", "__range_s", "3600"));
    }

    private static final VariableValue SERVERS = new VariableValue("servers", List.of("test1", "test2"), true, null);

    /** The documentation's table, format by format, for ['test1', 'test2']. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "${servers:csv} => test1,test2",
        "${servers:pipe} => test1|test2",
        "${servers:regex} => (test1|test2)",
        "${servers:json} => [\"test1\",\"test2\"]",
        "${servers:doublequote} => \"test1\",\"test2\"",
        "${servers:singlequote} => 'test1','test2'",
        "${servers:sqlstring} => 'test1','test2'",
        "${servers:glob} => {test1,test2}",
        "${servers:lucene} => (\"test1\" OR \"test2\")",
        "${servers:distributed} => test1,servers=test2",
        "${servers:raw} => test1,test2",
        "${servers:text} => test1 + test2",
        "${servers:queryparam} => var-servers=test1&var-servers=test2",
        "${servers:nosuchformat} => {test1,test2}",
        "[[servers:csv]] => test1,test2",
    })
    void documentedFormats(String template, String expected) {
        assertThat(with(SERVERS).apply(template.strip())).isEqualTo(expected.strip());
    }

    /** The documentation's own examples with values that need escaping. */
    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "${servers:regex} => test.1,test2 => (test\\.1|test2)",
        "${servers:pipe} => test1.,test2 => test1.|test2",
        "${servers:raw} => test.1,test2 => test.1,test2",
        "${servers:sqlstring} => test'1,test2 => 'test''1','test2'",
        "${servers:percentencode} => foo()bar BAZ,test2 => %7Bfoo%28%29bar%20BAZ%2Ctest2%7D",
        "${servers:doublequote} => te\"st1,test2 => \"te\\\"st1\",\"test2\"",
    })
    void documentedEscaping(String template, String values, String expected) {
        VariableValue v = new VariableValue("servers", List.of(values.strip().split(",")), true, null);
        assertThat(with(v).apply(template.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "up{job=\"$job\"} => up{job=\"node\"}",
        "up{job=\"${job}\"} => up{job=\"node\"}",
        "up{job=\"[[job]]\"} => up{job=\"node\"}",
        "up{job=~\"$job.*\"} => up{job=~\"node.*\"}",
        "up{job=\"${job}_exporter\"} => up{job=\"node_exporter\"}",
        "up{job=\"$jobs\"} => up{job=\"$jobs\"}",
        "rate(x[$__rate_interval]) => rate(x[1m])",
        "rate(x[${__interval}]) => rate(x[30s])",
        "x / $__interval_ms => x / 30000",
        "increase(x[$__range]) => increase(x[3600s])",
        "x * $__range_s => x * 3600",
        "sum(x) by (le) > $nosuch => sum(x) by (le) > $nosuch",
    })
    void syntaxes(String template, String expected) {
        assertThat(with(VariableValue.single("job", "node")).apply(template.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        // single value, neither multi nor include-all: only backslash and quote escaped, dots stay
        "single => a.b => - => up{i=~\"$v\"} => up{i=~\"a.b\"}",
        // multi-value: every value regex-escaped for a PromQL string, joined in a group
        "multi => a.b,c => - => up{i=~\"$v\"} => up{i=~\"(a\\\\.b|c)\"}",
        "multi-one => a.b => - => up{i=~\"$v\"} => up{i=~\"a\\\\.b\"}",
        // All with a custom all value: used as written
        "custom-all => a,b => .* => up{i=~\"$v\"} => up{i=~\".*\"}",
        "custom-all-csv => a,b => .+ => ${v:csv} => .+",
        // All without one: every option ("-": no custom all value)
        "all => a,b => - => up{i=~\"$v\"} => up{i=~\"(a|b)\"}",
    })
    void prometheusDefaultEscaping(String name, String values, String customAll, String template, String expected) {
        boolean multi = !name.strip().equals("single");
        VariableValue v = new VariableValue("v", List.of(values.strip().split(",")), multi,
                customAll.strip().equals("-") ? null : customAll.strip());
        assertThat(with(v).apply(template.strip())).as(name).isEqualTo(expected.strip());
    }

    @org.junit.jupiter.api.Test
    void legendsAndTitlesGetPlainValues() {
        VariableValue hosts = new VariableValue("host", List.of("a.example", "b.example"), true, null);
        assertThat(with(hosts).applyText("CPU on $host")).isEqualTo("CPU on a.example + b.example");
        assertThat(with(hosts).applyLegend("{{cpu}} on $host")).isEqualTo("{{cpu}} on a.example,b.example");
        VariableValue all = new VariableValue("host", List.of("a", "b"), true, ".*");
        assertThat(with(all).applyText("CPU on $host")).isEqualTo("CPU on All");
        VariableValue every = new VariableValue("host", List.of("a", "b"), true, null, true);
        assertThat(with(every).applyText("CPU on $host")).isEqualTo("CPU on All");
        assertThat(with(every).apply("up{host=~\"$host\"}")).isEqualTo("up{host=~\"(a|b)\"}");
        assertThat(with(hosts).apply("up{host=~\"$host\"}")).isEqualTo("up{host=~\"(a\\\\.example|b\\\\.example)\"}");
    }
}
