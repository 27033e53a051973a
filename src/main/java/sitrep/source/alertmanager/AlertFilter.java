package sitrep.source.alertmanager;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of Alertmanager's /api/v2/alerts. {@code matchers} are label matchers in Alertmanager's
 * syntax, for example {@code alertname="DatabaseUnreachable"}.
 */
public record AlertFilter(boolean active, boolean silenced, boolean inhibited, List<String> matchers) {

    public AlertFilter {
        matchers = List.copyOf(matchers);
    }

    /** Everything Alertmanager holds: active, silenced and inhibited. */
    public static AlertFilter all() {
        return new AlertFilter(true, true, true, List.of());
    }

    /** Only what nobody has muted yet: active, neither silenced nor inhibited. */
    public static AlertFilter activeOnly() {
        return new AlertFilter(true, false, false, List.of());
    }

    public AlertFilter withMatcher(String matcher) {
        List<String> m = new ArrayList<>(matchers);
        m.add(matcher);
        return new AlertFilter(active, silenced, inhibited, m);
    }
}
