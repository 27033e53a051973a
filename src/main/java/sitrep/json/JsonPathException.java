package sitrep.json;

/**
 * A document that is well-formed JSON but not what it should be, with the JSON path of the problem first
 * ({@code $.series[0].phases: a series needs at least one phase}). Readers turn it into their own checked
 * exception or sentence, prefixed with the file's name.
 */
public final class JsonPathException extends RuntimeException {

    public JsonPathException(String message) {
        super(message, null, false, false);
    }
}
