package sitrep.panels.grafana;

import java.util.List;

/** What resolving Grafana's Prometheus variable queries asks of a live server. Calls block. */
public interface LabelLookup {

    /** Values of a label, over the series matching {@code selector} when it is not null. */
    List<String> labelValues(String label, String selector) throws LookupException;

    /** Label names, over the series matching {@code selector} when it is not null. */
    List<String> labelNames(String selector) throws LookupException;

    /** The series matching a selector, each as {@code name{a="x",b="y"}}. */
    List<String> series(String selector) throws LookupException;

    /**
     * An instant query's results as Grafana's {@code query_result} lists them:
     * {@code name{a="x",b="y"} value timestampMillis}.
     */
    List<String> queryResult(String promql) throws LookupException;

    /** A failed lookup, in one line naming the server and why. */
    final class LookupException extends Exception {
        public LookupException(String message) {
            super(message);
        }
    }
}
