package sitrep.source;

import java.time.Instant;
import sitrep.source.drill.Drill;

/** The built-in drill standing at a scenario instant, for tests in other packages. */
public final class TargetChangeTimesTestAccess {

    private TargetChangeTimesTestAccess() {
    }

    public static Drill drillAt(Instant at) {
        return TargetChangeTimesTest.drillAt(at);
    }
}
