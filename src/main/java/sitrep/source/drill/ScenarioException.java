package sitrep.source.drill;

/** A scenario file that cannot be used; the message names the file and the JSON path of the problem. */
public final class ScenarioException extends Exception {

    public ScenarioException(String message) {
        super(message);
    }
}
