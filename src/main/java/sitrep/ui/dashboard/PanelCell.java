package sitrep.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import sitrep.chart.ChartSpec;
import sitrep.chart.ChartTheme;
import sitrep.chart.RenderedFrame;
import sitrep.chart.SeriesDataset;
import sitrep.domain.EntryKind;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;
import sitrep.ui.common.CappedLabel;

/** One panel on screen: title, the source's words when it failed, and the chart, whose gestures it passes on. */
final class PanelCell implements ChartView.Listener {

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    final Label title = new CappedLabel(2);
    final Label error = new CappedLabel(3);
    final ChartView chart;
    final VBox box;
    private final DashboardViewModel vm;
    private final Supplier<Instant> now;
    private final Consumer<Suggestion> pins;
    private final Supplier<ZoneId> zone;
    private List<String> expressions = List.of();

    PanelCell(DashboardViewModel vm, Executor renderer, Supplier<Instant> now, Consumer<Suggestion> pins,
              Supplier<ZoneId> zone) {
        this.vm = vm;
        this.now = now;
        this.pins = pins;
        this.zone = zone;
        chart = new ChartView(renderer);
        box = new VBox(2, title, error, chart);
        title.getStyleClass().add("panel-title");
        error.getStyleClass().add("field-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.getStyleClass().add("panel-cell");
        // Rows share the grid's height; a cell never claims more, so a short window never stacks them.
        box.setMinHeight(0);
        box.setMinWidth(0);
        chart.setListener(this);
        chart.setTheme(ChartTheme.of(vm.darkProperty().get()));
    }

    void show(DashboardFrame.PanelResult result, RenderedFrame drawn) {
        title.setText(result.panel().title());
        expressions = result.panel().expressions();
        chart.setLinks(vm.linksFor(result.panel()), vm::openLink);
        error.setText(result.error().isEmpty() ? String.join("\n", result.warnings())
                : result.error());
        if (result.spec() != null) {
            chart.show(result.spec(), drawn);
        } else if (drawn != null) {
            chart.recycle(drawn);
        }
    }

    @Override
    public void zoomTo(long fromMillis, long toMillis) {
        vm.zoomTo(Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis));
    }

    @Override
    public void panBy(long deltaMillis) {
        vm.panBy(Duration.ofMillis(deltaMillis), now.get());
    }

    @Override
    public void resetZoom() {
        vm.resetZoom();
    }

    @Override
    public void pin(ChartSpec spec, long millis) {
        pins.accept(pinned(spec, millis, title.getText(), expressions, zone.get()));
    }

    /** A chart point as a suggested timeline entry, with the query, series and values as evidence. */
    static Suggestion pinned(ChartSpec spec, long millis, String panelTitle, List<String> queries, ZoneId zone) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("panel", panelTitle);
        evidence.put("query", String.join(" ; ", queries));
        evidence.put("time", Instant.ofEpochMilli(millis).toString());
        List<String> values = new ArrayList<>();
        for (SeriesDataset.Series s : spec.series()) {
            double v = CrosshairReadout.valueNear(s.points(), millis);
            String shown = Double.isNaN(v) ? "no data" : CrosshairReadout.formatValue(v, spec.unit());
            evidence.put("value " + s.label(), shown);
            values.add(s.label() + " " + shown);
        }
        String text = panelTitle + " at " + HMS.format(Instant.ofEpochMilli(millis).atZone(zone)) + ": "
                + String.join(", ", values);
        return new Suggestion(Instant.ofEpochMilli(millis), EntryKind.NOTE, text, evidence);
    }
}
