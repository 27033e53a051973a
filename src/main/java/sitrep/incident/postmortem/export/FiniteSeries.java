package sitrep.incident.postmortem.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sitrep.domain.MetricSeries;

/**
 * Series made drawable: a sample that is infinite or not a number becomes a gap (NaN, which the chart draws
 * as a break in the line), an absurdly large one is clipped, and both are counted so that the chart's
 * caption can say what it did not draw as sent.
 */
record FiniteSeries(List<MetricSeries> series, int infinite, int notANumber, int clipped) {

    /**
     * Larger magnitudes are clipped to it: the chart library cannot scale an axis whose span overflows a
     * double (±1.7e308 side by side), and nothing an incident measures comes near.
     */
    static final double LIMIT = 1e100;

    static FiniteSeries of(List<MetricSeries> list) {
        List<MetricSeries> out = new ArrayList<>(list.size());
        int inf = 0;
        int nan = 0;
        int clip = 0;
        for (MetricSeries s : list) {
            double[] values = s.values();
            double[] copy = null;
            for (int i = 0; i < s.size(); i++) {
                double v = values[i];
                if (Double.isNaN(v)) {
                    nan++;
                } else if (Double.isInfinite(v)) {
                    inf++;
                    if (copy == null) {
                        copy = values.clone();
                    }
                    copy[i] = Double.NaN;
                } else if (Math.abs(v) > LIMIT) {
                    clip++;
                    if (copy == null) {
                        copy = values.clone();
                    }
                    copy[i] = Math.copySign(LIMIT, v);
                }
            }
            out.add(copy == null ? s : new MetricSeries(s.labels(), s.epochMillis(), copy));
        }
        return new FiniteSeries(List.copyOf(out), inf, nan, clip);
    }

    /** " (3 infinite values shown as gaps)", or "" when every value was drawn. */
    String caption() {
        return warning().map(w -> " (" + w + ")").orElse("");
    }

    Optional<String> warning() {
        List<String> parts = new ArrayList<>();
        if (infinite > 0) {
            parts.add(infinite + (infinite == 1 ? " infinite value" : " infinite values"));
        }
        if (notANumber > 0) {
            parts.add(notANumber + (notANumber == 1 ? " NaN value" : " NaN values"));
        }
        List<String> said = new ArrayList<>();
        if (!parts.isEmpty()) {
            said.add(String.join(" and ", parts) + " shown as gaps");
        }
        if (clipped > 0) {
            said.add(clipped + (clipped == 1 ? " value" : " values") + " beyond ±1e100 clipped");
        }
        return said.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", said));
    }
}
