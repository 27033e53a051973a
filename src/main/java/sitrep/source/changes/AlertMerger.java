package sitrep.source.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import sitrep.domain.Alert;
import sitrep.domain.SourceKind;
import sitrep.source.polling.SourceUpdate;

/**
 * The alerts of every source as one list: an alert that both Prometheus and Alertmanager report is listed
 * once, as Alertmanager sees it (it knows silences and inhibitions). An alert that starts ringing is an
 * {@link Transition.Kind#ALERT_FIRING}, one that stops an {@link Transition.Kind#ALERT_RESOLVED}. Confined
 * to the thread that feeds it.
 */
public final class AlertMerger {

    /** An alert and the source (URL) whose view of it is kept. */
    public record Merged(Alert alert, String source) {
    }

    private final Map<String, Merged> ringing = new LinkedHashMap<>();
    private final Set<String> externalLabels = new TreeSet<>();

    /**
     * @param updates the latest update of each source by URL, in the order sources were added (null for one
     *                that has not answered yet)
     */
    public List<Merged> merge(Map<String, SourceUpdate> updates, Instant now, Consumer<Transition> transitions) {
        Map<String, Merged> merged = new LinkedHashMap<>();
        List<Map<String, String>> prometheusLabels = new ArrayList<>();
        List<Merged> fromAlertmanager = new ArrayList<>();
        updates.forEach((url, u) -> {
            if (u == null || u.latest() == null) {
                return;
            }
            for (Alert a : u.latest().alerts()) {
                if (u.latest().kind() == SourceKind.ALERTMANAGER) {
                    fromAlertmanager.add(new Merged(a, url));
                } else {
                    merged.putIfAbsent(identity(a.labels()), new Merged(a, url));
                    prometheusLabels.add(a.labels());
                }
            }
        });
        // Alertmanager's view of an alert wins; it also carries Prometheus' external labels, which are
        // learned here so both views share one identity.
        for (Merged m : fromAlertmanager) {
            if (learnExternalLabels(m.alert(), prometheusLabels)) {
                rekey(merged);
                rekey(ringing);
            }
            merged.put(identity(m.alert().labels()), m);
        }
        for (Map.Entry<String, Merged> e : merged.entrySet()) {
            Alert a = e.getValue().alert();
            if (!ringing.containsKey(e.getKey()) && a.state().ringing()) {
                transitions.accept(new Transition(a.startsAt() == null ? now : a.startsAt(),
                        Transition.Kind.ALERT_FIRING, "Alert " + a.name() + " firing"
                                + (a.summary().isEmpty() ? "" : ": " + a.summary()),
                        Transition.evidence("alert", a.name(), "severity", a.severity(), "source",
                                e.getValue().source(), "summary", a.summary())));
            }
        }
        for (Map.Entry<String, Merged> e : ringing.entrySet()) {
            Merged still = merged.get(e.getKey());
            if (still == null || !still.alert().state().ringing()) {
                Alert a = e.getValue().alert();
                transitions.accept(new Transition(now, Transition.Kind.ALERT_RESOLVED, "Alert " + a.name()
                        + " resolved", Transition.evidence("alert", a.name(), "severity", a.severity(), "source",
                        e.getValue().source())));
            }
        }
        ringing.clear();
        merged.forEach((k, m) -> {
            if (m.alert().state().ringing()) {
                ringing.put(k, m);
            }
        });
        return List.copyOf(merged.values());
    }

    /** One alert's identity across sources: its labels without Prometheus' alertstate and external labels. */
    private String identity(Map<String, String> labels) {
        Map<String, String> key = new TreeMap<>(labels);
        key.remove("alertstate");
        key.keySet().removeAll(externalLabels);
        return key.toString();
    }

    /**
     * If the Alertmanager alert is a Prometheus alert plus some labels, those are Prometheus' external
     * labels (added on the way to Alertmanager): remember their names. Returns whether any were new.
     */
    private boolean learnExternalLabels(Alert fromAlertmanager, List<Map<String, String>> prometheusLabels) {
        Map<String, String> am = new TreeMap<>(fromAlertmanager.labels());
        am.remove("alertstate");
        for (Map<String, String> prom : prometheusLabels) {
            Map<String, String> p = new TreeMap<>(prom);
            p.remove("alertstate");
            if (!p.isEmpty() && am.entrySet().containsAll(p.entrySet()) && am.size() > p.size()) {
                Set<String> extra = new TreeSet<>(am.keySet());
                extra.removeAll(p.keySet());
                return externalLabels.addAll(extra);
            }
        }
        return false;
    }

    private void rekey(Map<String, Merged> alerts) {
        Map<String, Merged> copy = new LinkedHashMap<>(alerts);
        alerts.clear();
        copy.values().forEach(m -> alerts.putIfAbsent(identity(m.alert().labels()), m));
    }
}
