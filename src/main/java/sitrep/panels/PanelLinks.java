package sitrep.panels;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import sitrep.domain.TimeFormats;

/** Addresses of the same view elsewhere: Prometheus' graph page and Grafana's panel view, for one range. */
public final class PanelLinks {

    private static final DateTimeFormatter PROM_END = TimeFormats.DATE_TIME
            .withZone(ZoneOffset.UTC);

    private PanelLinks() {
    }

    /** Prometheus' {@code /graph} with one graph per expression, ending at {@code to}, as long as the range. */
    public static String prometheusGraph(String prometheusBase, List<String> expressions, Instant from, Instant to) {
        StringBuilder b = new StringBuilder(trim(prometheusBase)).append("/graph?");
        long seconds = Math.max(1, (to.toEpochMilli() - from.toEpochMilli()) / 1000);
        for (int i = 0; i < expressions.size(); i++) {
            String g = "g" + i + ".";
            b.append(i == 0 ? "" : "&").append(g).append("expr=").append(enc(expressions.get(i)))
                    .append('&').append(g).append("tab=0")
                    .append('&').append(g).append("range_input=").append(seconds).append('s')
                    .append('&').append(g).append("end_input=").append(enc(PROM_END.format(to)))
                    .append('&').append(g).append("moment_input=").append(enc(PROM_END.format(to)));
        }
        return b.toString();
    }

    /** Grafana's view of one panel ({@code viewPanel}) with the same range and variable selections. */
    public static String grafanaPanel(String grafanaBase, String uid, Integer panelId, Instant from, Instant to,
                                      Map<String, List<String>> selection) {
        StringBuilder b = new StringBuilder(trim(grafanaBase)).append("/d/").append(enc(uid)).append("/?from=")
                .append(from.toEpochMilli()).append("&to=").append(to.toEpochMilli());
        if (panelId != null) {
            b.append("&viewPanel=").append(panelId);
        }
        selection.forEach((name, values) -> values.forEach(v -> b.append("&var-").append(enc(name)).append('=')
                .append(enc(v.equals("$__all") ? "$__all" : v))));
        return b.toString();
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
