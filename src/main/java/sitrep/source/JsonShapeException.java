package sitrep.source;

/**
 * Well-formed JSON that is not what the endpoint should answer (an array where an object belongs, an
 * unknown resultType). Decoders throw it; {@link HttpFetcher} turns it into a {@link SourceError}.
 */
public final class JsonShapeException extends RuntimeException {
    public JsonShapeException(String message) {
        super(message, null, false, false);
    }
}
