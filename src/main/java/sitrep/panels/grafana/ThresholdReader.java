package sitrep.panels.grafana;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Grafana's three ways of writing thresholds, as warning and critical bands: the field config's steps
 * (Grafana 7 and later), the old graph panel's {@code thresholds} list, and singlestat's {@code "80,90"}.
 */
final class ThresholdReader {

    /** The upper or lower end of a band that goes on for ever; the same value the chart's bands use. */
    static final double OPEN = 1e12;

    private ThresholdReader() {
    }

    /**
     * Steps {@code [{color, value}]}: each colours from its value up to the next step's. Green and blue steps
     * are the normal state and draw nothing. Percentage steps are placed between min and max (0 and 100
     * when the panel does not say).
     */
    static List<ImportedPanel.Band> steps(JsonObject thresholds, Double min, Double max) {
        boolean percentage = "percentage".equals(Json.string(thresholds, "mode"));
        double lo = min == null ? 0 : min;
        double hi = max == null ? 100 : max;
        List<double[]> values = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (JsonElement s : Json.array(thresholds, "steps")) {
            if (!s.isJsonObject()) {
                continue;
            }
            Double v = Json.number(s.getAsJsonObject(), "value");
            double at = v == null ? -OPEN : percentage ? lo + (hi - lo) * v / 100 : v;
            values.add(new double[] {at});
            colors.add(Json.string(s.getAsJsonObject(), "color"));
        }
        List<ImportedPanel.Band> bands = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Severity sev = severity(colors.get(i));
            if (sev == Severity.NONE) {
                continue;
            }
            double from = values.get(i)[0];
            double to = i + 1 < values.size() ? values.get(i + 1)[0] : OPEN;
            if (to > from) {
                bands.add(new ImportedPanel.Band(from, to, sev == Severity.CRITICAL));
            }
        }
        return bands;
    }

    /** The graph panel's list: {@code {"op": "gt"|"lt", "value", "colorMode": "critical"|"warning"|"ok"|"custom"}}. */
    static List<ImportedPanel.Band> graph(List<JsonObject> thresholds) {
        List<JsonObject> sorted = new ArrayList<>(thresholds);
        sorted.removeIf(t -> Json.number(t, "value") == null);
        sorted.sort(Comparator.comparingDouble(t -> Json.number(t, "value")));
        List<ImportedPanel.Band> bands = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            JsonObject t = sorted.get(i);
            String mode = Json.string(t, "colorMode");
            Severity sev = mode.equals("critical") ? Severity.CRITICAL : mode.equals("warning") ? Severity.WARNING
                    : mode.equals("custom") ? severity(Json.string(t, "fillColor")) : Severity.NONE;
            if (sev == Severity.NONE) {
                continue;
            }
            double v = Json.number(t, "value");
            if ("lt".equals(Json.string(t, "op"))) {
                double from = i > 0 && "lt".equals(Json.string(sorted.get(i - 1), "op"))
                        ? Json.number(sorted.get(i - 1), "value") : -OPEN;
                bands.add(new ImportedPanel.Band(from, v, sev == Severity.CRITICAL));
            } else {
                // A warning above 80 stops where a critical above 90 begins.
                double to = i + 1 < sorted.size() && !"lt".equals(Json.string(sorted.get(i + 1), "op"))
                        ? Json.number(sorted.get(i + 1), "value") : OPEN;
                bands.add(new ImportedPanel.Band(v, to, sev == Severity.CRITICAL));
            }
        }
        return bands;
    }

    /** Singlestat's {@code "80,90"} with colours [ok, warning, critical]: warning from 80, critical from 90. */
    static List<ImportedPanel.Band> singlestat(String thresholds, List<String> colors) {
        String[] parts = thresholds == null ? new String[0] : thresholds.split(",");
        List<Double> at = new ArrayList<>();
        for (String p : parts) {
            try {
                at.add(Double.parseDouble(p.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        List<ImportedPanel.Band> bands = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            String color = i + 1 < colors.size() ? colors.get(i + 1) : i == at.size() - 1 ? "red" : "orange";
            Severity sev = severity(color);
            if (sev == Severity.NONE) {
                continue;
            }
            double to = i + 1 < at.size() ? at.get(i + 1) : OPEN;
            if (to > at.get(i)) {
                bands.add(new ImportedPanel.Band(at.get(i), to, sev == Severity.CRITICAL));
            }
        }
        return bands;
    }

    enum Severity { NONE, WARNING, CRITICAL }

    /** Grafana's named colours and any CSS colour by hue: reds are critical, oranges and yellows a warning. */
    static Severity severity(String color) {
        String c = color == null ? "" : color.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty() || c.equals("transparent") || c.equals("text")) {
            return Severity.NONE;
        }
        if (c.contains("red")) {
            return Severity.CRITICAL;
        }
        if (c.contains("orange") || c.contains("yellow")) {
            return Severity.WARNING;
        }
        if (c.contains("green") || c.contains("blue") || c.contains("purple")) {
            return Severity.NONE;
        }
        float[] rgb = rgb(c);
        if (rgb == null) {
            return Severity.NONE;
        }
        float max = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        float min = Math.min(rgb[0], Math.min(rgb[1], rgb[2]));
        if (max == 0 || (max - min) / max < 0.25f) {
            return Severity.NONE;
        }
        float d = max - min;
        float hue = max == rgb[0] ? 60 * (((rgb[1] - rgb[2]) / d) % 6)
                : max == rgb[1] ? 60 * ((rgb[2] - rgb[0]) / d + 2) : 60 * ((rgb[0] - rgb[1]) / d + 4);
        hue = hue < 0 ? hue + 360 : hue;
        if (hue < 18 || hue >= 330) {
            return Severity.CRITICAL;
        }
        return hue < 70 ? Severity.WARNING : Severity.NONE;
    }

    private static float[] rgb(String c) {
        try {
            if (c.startsWith("#") && (c.length() == 7 || c.length() == 9)) {
                return new float[] {Integer.parseInt(c.substring(1, 3), 16), Integer.parseInt(c.substring(3, 5), 16),
                    Integer.parseInt(c.substring(5, 7), 16)};
            }
            if (c.startsWith("rgb")) {
                String[] p = c.substring(c.indexOf('(') + 1, c.indexOf(')')).split(",");
                return new float[] {Float.parseFloat(p[0].strip()), Float.parseFloat(p[1].strip()),
                    Float.parseFloat(p[2].strip())};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
