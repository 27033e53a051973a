package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.concurrent.BackgroundTask;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;

/**
 * The panel editor: a list of panels as editable text fields, validation into {@link PanelDefinition}s,
 * and a query check that runs each expression against the source and shows its answer or its error verbatim.
 */
public final class PanelEditorViewModel {

    /** One panel being edited, every field as the user types it. */
    public static final class PanelForm {
        final StringProperty title = new SimpleStringProperty("");
        final StringProperty expressions = new SimpleStringProperty("");
        final StringProperty unit = new SimpleStringProperty("");
        final StringProperty legends = new SimpleStringProperty("");
        final StringProperty thresholds = new SimpleStringProperty("");
        final ObjectProperty<ChartSpec.YAxisMode> yAxis = new SimpleObjectProperty<>(ChartSpec.YAxisMode.AUTO);
        final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
        final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper("");
        boolean optional;

        public StringProperty titleProperty() {
            return title;
        }

        public StringProperty expressionsProperty() {
            return expressions;
        }

        public StringProperty unitProperty() {
            return unit;
        }

        public StringProperty legendsProperty() {
            return legends;
        }

        public StringProperty thresholdsProperty() {
            return thresholds;
        }

        public ObjectProperty<ChartSpec.YAxisMode> yAxisProperty() {
            return yAxis;
        }

        /** Why this panel cannot be saved as it stands; empty when it can. */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        /** The last query check: per expression, how many series came back or the server's error. */
        public ReadOnlyStringProperty checkProperty() {
            return check.getReadOnlyProperty();
        }

        @Override
        public String toString() {
            return title.get().isBlank() ? "(untitled)" : title.get();
        }

        static PanelForm of(PanelDefinition p) {
            PanelForm f = new PanelForm();
            f.title.set(p.title());
            f.expressions.set(String.join("\n", p.expressions()));
            f.unit.set(p.unit());
            f.legends.set(String.join("\n", p.legends()));
            f.thresholds.set(thresholdText(p.thresholds()));
            f.yAxis.set(p.yAxis());
            f.optional = p.optional();
            return f;
        }

        List<String> expressionList() {
            return lines(expressions.get());
        }

        PanelDefinition toDefinition() {
            return new PanelDefinition(title.get().strip(), expressionList(), unit.get().strip(), lines(legends.get()),
                    parseThresholds(thresholds.get()), yAxis.get(), optional);
        }
    }

    private final ObservableList<PanelForm> panels = FXCollections.observableArrayList();

    public PanelEditorViewModel(List<PanelDefinition> current) {
        current.forEach(p -> panels.add(PanelForm.of(p)));
    }

    public ObservableList<PanelForm> panels() {
        return panels;
    }

    public PanelForm add() {
        PanelForm f = new PanelForm();
        f.title.set("New panel");
        panels.add(f);
        return f;
    }

    public void remove(PanelForm f) {
        panels.remove(f);
    }

    public void move(PanelForm f, int by) {
        int i = panels.indexOf(f);
        int j = i + by;
        if (i < 0 || j < 0 || j >= panels.size()) {
            return;
        }
        panels.remove(i);
        panels.add(j, f);
    }

    public void restoreDefaults(List<PanelDefinition> defaults) {
        panels.clear();
        defaults.forEach(p -> panels.add(PanelForm.of(p)));
    }

    /** Every panel as a definition, or empty with each bad panel's problem set. */
    public Optional<List<PanelDefinition>> validate() {
        List<PanelDefinition> out = new ArrayList<>();
        boolean ok = true;
        for (PanelForm f : panels) {
            try {
                if (f.title.get().isBlank()) {
                    throw new IllegalArgumentException("a panel needs a title");
                }
                out.add(f.toDefinition());
                f.problem.set("");
            } catch (IllegalArgumentException e) {
                f.problem.set(e.getMessage());
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /**
     * Runs each of the panel's expressions over the last five minutes on {@code background}, and reports
     * on {@code ui}: how many series each returned, or the server's error in its own words.
     */
    public void check(PanelForm f, MetricSource source, Supplier<Instant> now, Executor background, Executor ui) {
        List<String> expressions = f.expressionList();
        if (expressions.isEmpty()) {
            f.check.set("No expression to check.");
            return;
        }
        f.check.set("Checking…");
        BackgroundTask.of(() -> {
            List<String> lines = new ArrayList<>();
            Instant end = now.get();
            for (String e : expressions) {
                try {
                    int n = source.range(e, end.minus(Duration.ofMinutes(5)), end, Duration.ofSeconds(15)).series().size();
                    lines.add(n == 0 ? "no series match " + e : "ok: " + n + " series from " + e);
                } catch (SourceError err) {
                    lines.add(err.apiErrorType() != null ? err.detail() : err.reason());
                }
            }
            return String.join("\n", lines);
        }).onSuccess(f.check::set).runOn(background, ui);
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** "warning 0.5..1; critical 1.." — a level and a range, the upper end optional. */
    static List<ChartSpec.Threshold> parseThresholds(String text) {
        List<ChartSpec.Threshold> out = new ArrayList<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] words = part.strip().split("\\s+", 2);
            ChartSpec.Threshold.Level level;
            try {
                level = ChartSpec.Threshold.Level.valueOf(words[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("threshold '" + part.strip() + "': the level is warning or critical");
            }
            String[] bounds = words.length < 2 ? new String[0] : words[1].split("\\.\\.", -1);
            if (bounds.length != 2) {
                throw new IllegalArgumentException("threshold '" + part.strip() + "': write it as "
                        + words[0] + " FROM..TO (TO may be left out)");
            }
            try {
                double from = Double.parseDouble(bounds[0].strip());
                double to = bounds[1].isBlank() ? ChartSpec.Threshold.OPEN : Double.parseDouble(bounds[1].strip());
                out.add(new ChartSpec.Threshold(from, to, level));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("threshold '" + part.strip() + "': " + e.getMessage());
            }
        }
        return out;
    }

    static String thresholdText(List<ChartSpec.Threshold> thresholds) {
        List<String> parts = new ArrayList<>();
        for (ChartSpec.Threshold t : thresholds) {
            parts.add(t.level().name().toLowerCase(Locale.ROOT) + " " + number(t.from()) + ".."
                    + (t.to() >= ChartSpec.Threshold.OPEN ? "" : number(t.to())));
        }
        return String.join("; ", parts);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
