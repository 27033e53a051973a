package sitrep.ui.dashboard;

import sitrep.chart.ChartSpec;
import sitrep.panels.PanelDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelDefinitionTest {

    @Test
    void legendFormatFillsLabelsAndLeavesMissingOnesEmpty() {
        PanelDefinition p = new PanelDefinition("Probe", List.of("probe_duration_seconds"), "s",
                List.of("{{job}} {{ instance }} {{absent}}"), List.of(), ChartSpec.YAxisMode.AUTO, false);

        assertThat(p.legendFor(0, Map.of("job", "db-tcp", "instance", "db:5432"))).isEqualTo("db-tcp db:5432 ");
    }

    @Test
    void withoutAFormatTheLegendIsThePrometheusNotation() {
        PanelDefinition p = new PanelDefinition("Up", List.of("up"), "", List.of(), List.of(),
                ChartSpec.YAxisMode.AUTO, false);

        assertThat(p.legendFor(0, Map.of("__name__", "up", "job", "api", "instance", "a:1")))
                .isEqualTo("up{instance=\"a:1\", job=\"api\"}");
    }

    @Test
    void oneLegendPerExpression() {
        PanelDefinition latency = DefaultPanels.standard().get(0);

        assertThat(latency.legendFor(2, Map.of())).isEqualTo("p99");
        assertThat(latency.expressions().get(2)).isEqualTo(
                "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))");
    }

    @Test
    void legendsMustMatchTheExpressions() {
        assertThatThrownBy(() -> new PanelDefinition("x", List.of("a", "b", "c"), "", List.of("1", "2"), List.of(),
                ChartSpec.YAxisMode.AUTO, false)).hasMessageContaining("2 legends for 3 expressions");
    }
}
