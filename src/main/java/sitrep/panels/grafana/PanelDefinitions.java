package sitrep.panels.grafana;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sitrep.chart.ChartSpec;
import sitrep.panels.PanelDefinition;

/**
 * Imported panels as Sitrep draws them: variables substituted, Grafana's unit ids as axis labels, its
 * thresholds as warning and critical bands, its axis settings as one of Sitrep's y-axis modes.
 */
public final class PanelDefinitions {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("s", "s"), Map.entry("ms", "ms"), Map.entry("µs", "µs"), Map.entry("us", "µs"),
            Map.entry("ns", "ns"), Map.entry("m", "min"), Map.entry("h", "h"), Map.entry("d", "days"),
            Map.entry("dtdurations", "s"), Map.entry("dtdurationms", "ms"), Map.entry("clocks", "s"),
            Map.entry("clockms", "ms"), Map.entry("percent", "%"), Map.entry("percentunit", ""),
            Map.entry("reqps", "req/s"), Map.entry("rps", "reads/s"), Map.entry("wps", "writes/s"),
            Map.entry("iops", "I/O ops/s"), Map.entry("ops", "ops/s"), Map.entry("opm", "ops/min"),
            Map.entry("reqpm", "req/min"), Map.entry("cps", "counts/s"), Map.entry("pps", "packets/s"),
            Map.entry("bytes", "bytes"), Map.entry("decbytes", "bytes"), Map.entry("bits", "bits"),
            Map.entry("decbits", "bits"), Map.entry("kbytes", "KiB"), Map.entry("deckbytes", "kB"),
            Map.entry("mbytes", "MiB"), Map.entry("decmbytes", "MB"), Map.entry("gbytes", "GiB"),
            Map.entry("decgbytes", "GB"), Map.entry("bps", "bit/s"), Map.entry("binbps", "bit/s"),
            Map.entry("Bps", "B/s"), Map.entry("binBps", "B/s"), Map.entry("KBs", "kB/s"),
            Map.entry("Kbits", "kbit/s"), Map.entry("MBs", "MB/s"), Map.entry("Mbits", "Mbit/s"),
            Map.entry("short", ""), Map.entry("none", ""), Map.entry("hertz", "Hz"), Map.entry("celsius", "°C"),
            Map.entry("volt", "V"), Map.entry("watt", "W"), Map.entry("amp", "A"), Map.entry("dateTimeAsIso", ""),
            Map.entry("dateTimeFromNow", ""), Map.entry("locale", ""), Map.entry("sishort", ""));

    private PanelDefinitions() {
    }

    /** Grafana's unit id as the axis label Sitrep writes; an unknown id is shown as Grafana wrote it. */
    public static String unitLabel(String grafanaUnit) {
        if (grafanaUnit == null || grafanaUnit.isBlank()) {
            return "";
        }
        if (grafanaUnit.startsWith("suffix:") || grafanaUnit.startsWith("prefix:")) {
            return grafanaUnit.substring(7).strip();
        }
        String known = UNITS.get(grafanaUnit);
        return known != null ? known : UNITS.getOrDefault(grafanaUnit.toLowerCase(Locale.ROOT), grafanaUnit);
    }

    /** One panel with its variables substituted. */
    public static PanelDefinition of(ImportedPanel p, Interpolator variables) {
        List<String> expressions = new ArrayList<>();
        p.expressions().forEach(e -> expressions.add(variables.apply(e)));
        List<String> legends = new ArrayList<>();
        p.legends().forEach(l -> legends.add(variables.applyLegend(l)));
        boolean anyLegend = legends.stream().anyMatch(l -> !l.isEmpty());
        List<ChartSpec.Threshold> bands = new ArrayList<>();
        for (ImportedPanel.Band b : p.thresholds()) {
            bands.add(new ChartSpec.Threshold(Math.max(b.from(), -ChartSpec.Threshold.OPEN),
                    Math.min(b.to(), ChartSpec.Threshold.OPEN),
                    b.critical() ? ChartSpec.Threshold.Level.CRITICAL : ChartSpec.Threshold.Level.WARNING));
        }
        return new PanelDefinition(variables.applyText(p.title()), expressions, unitLabel(p.unit()),
                anyLegend ? legends : List.of(), bands, yAxis(p), false);
    }

    public static List<PanelDefinition> of(List<ImportedPanel> panels, Interpolator variables) {
        List<PanelDefinition> out = new ArrayList<>(panels.size());
        panels.forEach(p -> out.add(of(p, variables)));
        return out;
    }

    static ChartSpec.YAxisMode yAxis(ImportedPanel p) {
        if (p.logScale()) {
            return ChartSpec.YAxisMode.LOG;
        }
        if (p.unit().equals("percentunit") && (p.max() == null || p.max() <= 1) && (p.min() == null || p.min() >= 0)) {
            return ChartSpec.YAxisMode.RATIO;
        }
        if (p.min() != null && p.min() == 0) {
            return ChartSpec.YAxisMode.FROM_ZERO;
        }
        return ChartSpec.YAxisMode.AUTO;
    }
}
