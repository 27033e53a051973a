package sitrep.fuzz;

/**
 * How long each fuzz target runs in {@code mvn verify}: a few seconds each keeps all targets under two
 * minutes on two cores. {@code mvn verify -Pfuzz} runs them much longer (see the README).
 */
public final class FuzzBudget {

    public static final String PER_TARGET = "3s";

    private FuzzBudget() {
    }
}
