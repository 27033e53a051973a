package sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sitrep.domain.MetricSeries;

/**
 * Series made drawable: a sample that is infinite or not a number becomes a gap (NaN, which the chart draws
 * as a break in the line), counted so that the chart's caption can say what it did not draw.
 */
record FiniteSeries(List<MetricSeries> series, int infinite, int notANumber) {

    static FiniteSeries of(List<MetricSeries> list) {
        List<MetricSeries> out = new ArrayList<>(list.size());
        int inf = 0;
        int nan = 0;
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
                }
            }
            out.add(copy == null ? s : new MetricSeries(s.labels(), s.epochMillis(), copy));
        }
        return new FiniteSeries(List.copyOf(out), inf, nan);
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
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts) + " shown as gaps");
    }
}
