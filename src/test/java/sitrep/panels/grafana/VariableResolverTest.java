package sitrep.panels.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Variables resolved in the dashboard's order, each query seeing the ones before it. The lookup is a table
 * of canned answers keyed by the exact call, so a wrong selector shows as a missing answer;
 * GrafanaImportIT asks a real Prometheus the same questions.
 */
class VariableResolverTest {

    /** Canned answers by "labelValues label selector" and the like; records every call. */
    static final class Canned implements LabelLookup {
        final Map<String, List<String>> answers = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public List<String> labelValues(String label, String selector) throws LookupException {
            return answer("label_values " + label + " " + selector);
        }

        @Override
        public List<String> labelNames(String selector) throws LookupException {
            return answer("label_names " + selector);
        }

        @Override
        public List<String> series(String selector) throws LookupException {
            return answer("series " + selector);
        }

        @Override
        public List<String> queryResult(String promql) throws LookupException {
            return answer("query_result " + promql);
        }

        private List<String> answer(String call) throws LookupException {
            calls.add(call);
            List<String> a = answers.get(call);
            if (a == null) {
                throw new LookupException("http://prom: no answer for " + call);
            }
            return a;
        }
    }

    private static final BuiltInVariables HOUR = BuiltInVariables.of(Duration.ofHours(1), 1000,
            Duration.ofSeconds(15), null);

    private static DashboardVariable query(String name, String query, String regex, int sort, boolean multi,
                                           boolean includeAll, String allValue, List<String> current) {
        return new DashboardVariable(name, null, "query", query, regex, multi, includeAll, allValue, List.of(),
                current, sort, false, null);
    }

    @Test
    void theOldNodeExporterChainWithRegexesAndNumericSort() throws Exception {
        // node-exporter-full-old-rows.json: job, then node from instance "host:port", then port.
        ImportedDashboard d = GrafanaDashboardsTest.read("node-exporter-full-old-rows.json");
        Canned prom = new Canned();
        prom.answers.put("label_values job node_boot_time", List.of("node", "edge"));
        prom.answers.put("label_values instance node_boot_time{job=~\"edge\"}",
                List.of("b.example:9100", "a.example:9100", "a.example:9101"));
        prom.answers.put("label_values instance node_boot_time{instance=~\"a.example:(.*)\"}",
                List.of("a.example:9101", "a.example:9100"));
        VariableResolver.Resolution r = new VariableResolver(prom).resolve(d.variables(), Map.of(), HOUR);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.variables()).extracting(ResolvedVariable::name).containsExactly("job", "node", "port");
        // sort 1 (alphabetical): "edge" first; regex /([^:]+):.*/ keeps the host; sort 3 (numerical) for ports
        assertThat(r.variables().get(0).options()).containsExactly("edge", "node");
        assertThat(r.variables().get(0).current()).containsExactly("edge");
        assertThat(r.variables().get(1).options()).containsExactly("a.example", "b.example");
        assertThat(r.variables().get(2).options()).containsExactly("9100", "9101");
        GrafanaImport done = new GrafanaImport(d, r, HOUR, GrafanaImport.panels(d, r.variables(), HOUR));
        assertThat(done.panels().get(0).expressions().get(0)).contains("instance=~\"a.example:9100\",job=~\"edge\"");
    }

    @Test
    void aSelectionAskedForWinsAndUnknownSavedValuesFallBackToTheFirst() {
        Canned prom = new Canned();
        prom.answers.put("label_values job null", List.of("api", "db"));
        DashboardVariable job = query("job", "label_values(job)", "", 0, false, false, null, List.of("gone"));
        assertThat(new VariableResolver(prom).resolve(List.of(job), Map.of(), HOUR).variables().get(0).current())
                .containsExactly("api");
        assertThat(new VariableResolver(prom).resolve(List.of(job), Map.of("job", List.of("db")), HOUR)
                .variables().get(0).current()).containsExactly("db");
        DashboardVariable kept = query("job", "label_values(job)", "", 0, false, false, null, List.of("db"));
        assertThat(new VariableResolver(prom).resolve(List.of(kept), Map.of(), HOUR).variables().get(0).current())
                .containsExactly("db");
    }

    @Test
    void multiValueAndAll() {
        Canned prom = new Canned();
        prom.answers.put("label_values instance up", List.of("a:1", "b.x:2"));
        DashboardVariable inst = query("instance", "label_values(up, instance)", "", 0, true, true, null,
                List.of(DashboardVariable.ALL));
        VariableResolver.Resolution all = new VariableResolver(prom).resolve(List.of(inst), Map.of(), HOUR);
        assertThat(all.variables().get(0).allSelected()).isTrue();
        Interpolator i = new Interpolator(VariableResolver.values(all.variables(), HOUR), HOUR.values());
        assertThat(i.apply("up{instance=~\"$instance\"}")).isEqualTo("up{instance=~\"(a:1|b\\\\.x:2)\"}");

        DashboardVariable custom = query("instance", "label_values(up, instance)", "", 0, true, true, ".+",
                List.of(DashboardVariable.ALL));
        VariableResolver.Resolution any = new VariableResolver(prom).resolve(List.of(custom), Map.of(), HOUR);
        assertThat(new Interpolator(VariableResolver.values(any.variables(), HOUR), HOUR.values())
                .apply("up{instance=~\"$instance\"}")).isEqualTo("up{instance=~\".+\"}");

        VariableResolver.Resolution two = new VariableResolver(prom).resolve(List.of(inst),
                Map.of("instance", List.of("a:1", "b.x:2")), HOUR);
        assertThat(two.variables().get(0).current()).containsExactly("a:1", "b.x:2");
    }

    @Test
    void queryResultMetricsLabelNamesAndBareSelectors() {
        Canned prom = new Canned();
        prom.answers.put("query_result topk(2, up)", List.of("up{instance=\"a:1\",job=\"api\"} 1 1700000000000",
                "up{instance=\"b:1\",job=\"db\"} 0 1700000000000"));
        prom.answers.put("label_values __name__ null", List.of("up", "node_load1", "node_load5", "http_x"));
        prom.answers.put("label_names null", List.of("__name__", "instance", "job"));
        prom.answers.put("series cnpg_collector_up{namespace=~\"db\"}",
                List.of("cnpg_collector_up{cluster=\"pg-main\",namespace=\"db\"}"));
        List<DashboardVariable> vars = List.of(
                query("top", "query_result(topk(2, up))", "/job=\"([^\"]+)\"/", 0, false, false, null, List.of()),
                query("load", "metrics(node_load.*)", "", 2, false, false, null, List.of()),
                query("labels", "label_names()", "/^[^_]/", 0, false, false, null, List.of()),
                new DashboardVariable("namespace", null, "custom", "db, other", "", false, false, null, List.of(),
                        List.of("db"), 0, false, null),
                query("cluster", "cnpg_collector_up{namespace=~\"$namespace\"}", "/\\bcluster\\b=\"(?<text>[^\"]+)/g",
                        1, false, false, null, List.of()));
        VariableResolver.Resolution r = new VariableResolver(prom).resolve(vars, Map.of(), HOUR);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.variables().get(0).options()).containsExactly("api", "db");
        assertThat(r.variables().get(1).options()).containsExactly("node_load5", "node_load1");
        assertThat(r.variables().get(2).options()).containsExactly("instance", "job");
        assertThat(r.variables().get(3).options()).containsExactly("db", "other");
        assertThat(r.variables().get(4).options()).containsExactly("pg-main");
    }

    @Test
    void customConstantTextboxIntervalAndAutoInterval() {
        List<DashboardVariable> vars = List.of(
                new DashboardVariable("quantile", null, "custom", "p50 : 0.5,p99 : 0.99", "", false, false, null,
                        List.of(), List.of("0.99"), 0, false, null),
                new DashboardVariable("env", null, "constant", "prod", "", false, false, null, List.of(), List.of(), 0,
                        true, null),
                new DashboardVariable("filter", null, "textbox", "api.*", "", false, false, null, List.of(),
                        List.of("db.*"), 0, false, null),
                new DashboardVariable("step", null, "interval", "1m,5m,1h", "", false, false, null, List.of(),
                        List.of("auto"), 0, false, new DashboardVariable.AutoInterval(30, "10s")));
        VariableResolver.Resolution r = new VariableResolver(null).resolve(vars, Map.of(), HOUR);
        assertThat(r.variables().get(0).options()).containsExactly("0.5", "0.99");
        Interpolator i = new Interpolator(VariableResolver.values(r.variables(), HOUR), HOUR.values());
        // 1 h in 30 steps is 120 s, already a round interval
        assertThat(i.apply("histogram_quantile($quantile, x{env=\"$env\",f=~\"$filter\"}[$step])"))
                .isEqualTo("histogram_quantile(0.99, x{env=\"prod\",f=~\"db.*\"}[2m])");
    }

    @Test
    void aFailingServerKeepsTheSavedValuesAndSaysWhy() {
        Canned prom = new Canned();
        DashboardVariable job = new DashboardVariable("job", null, "query", "label_values(up, job)", "", false,
                false, null, List.of("api", "db"), List.of("db"), 0, false, null);
        VariableResolver.Resolution r = new VariableResolver(prom).resolve(List.of(job), Map.of(), HOUR);
        assertThat(r.variables().get(0).options()).containsExactly("api", "db");
        assertThat(r.variables().get(0).current()).containsExactly("db");
        assertThat(r.warnings()).containsExactly(
                "variable job: http://prom: no answer for label_values job up; kept its saved values");
    }

    @Test
    void aQueryThatFindsNoValuesIsSaid() {
        Canned prom = new Canned();
        prom.answers.put("label_values instance node_uname_info", List.of());
        DashboardVariable node = new DashboardVariable("node", null, "query", "label_values(node_uname_info, instance)",
                "", false, false, null, List.of(), List.of(), 0, false, null);
        VariableResolver.Resolution r = new VariableResolver(prom).resolve(List.of(node), Map.of(), HOUR);
        assertThat(r.warnings()).singleElement().asString().startsWith("variable node: its query found no values")
                .contains("label_values(node_uname_info, instance)");
    }

    @Test
    void twoHundredThousandCustomValuesAreReadOnceEachWithoutSlowingToAHalt() {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            query.append(i).append(',');
        }
        query.append("0,1");
        java.util.List<String> values = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> VariableResolver.customValues(query.toString()));
        assertThat(values).hasSize(200_000).startsWith("0", "1").endsWith("199999");
    }
}
