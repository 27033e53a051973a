package sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import sitrep.domain.MetricSeries;
import sitrep.panels.grafana.LabelLookup;
import sitrep.source.SourceError;
import sitrep.source.prometheus.PrometheusClient;

/** Grafana's variable queries answered by a live Prometheus through the one client. */
final class PrometheusLabelLookup implements LabelLookup {

    private final PrometheusClient client;

    PrometheusLabelLookup(PrometheusClient client) {
        this.client = client;
    }

    @Override
    public List<String> labelValues(String label, String selector) throws LookupException {
        try {
            return client.labelValues(label, selector).value();
        } catch (SourceError e) {
            throw new LookupException(e.getMessage());
        }
    }

    @Override
    public List<String> labelNames(String selector) throws LookupException {
        try {
            return client.labelNames(selector).value();
        } catch (SourceError e) {
            throw new LookupException(e.getMessage());
        }
    }

    @Override
    public List<String> series(String selector) throws LookupException {
        try {
            List<String> out = new ArrayList<>();
            for (Map<String, String> labels : client.series(selector).value()) {
                out.add(text(new TreeMap<>(labels)));
            }
            return out;
        } catch (SourceError e) {
            throw new LookupException(e.getMessage());
        }
    }

    /** Grafana's {@code name{a="x",b="y"}}. */
    private static String text(Map<String, String> labels) {
        String name = labels.remove("__name__");
        StringBuilder b = new StringBuilder(name == null ? "" : name).append('{');
        labels.forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '{' ? "" : ",")
                .append(k).append("=\"").append(v).append('"'));
        return b.append('}').toString();
    }

    @Override
    public List<String> queryResult(String promql) throws LookupException {
        try {
            List<String> out = new ArrayList<>();
            for (MetricSeries s : client.query(promql, null).value().series()) {
                StringBuilder b = new StringBuilder(text(new TreeMap<>(s.labels())));
                b.append(' ').append(number(s.lastValue()));
                if (s.size() > 0) {
                    b.append(' ').append(s.epochMillis()[s.size() - 1]);
                }
                out.add(b.toString());
            }
            return out;
        } catch (SourceError e) {
            throw new LookupException(e.getMessage());
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
