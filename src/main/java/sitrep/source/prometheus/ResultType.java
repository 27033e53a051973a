package sitrep.source.prometheus;

import sitrep.source.JsonShapeException;

/** The four result types of the Prometheus query API. */
public enum ResultType {
    MATRIX, VECTOR, SCALAR, STRING;

    static ResultType parse(String wire) {
        return switch (wire) {
            case "matrix" -> MATRIX;
            case "vector" -> VECTOR;
            case "scalar" -> SCALAR;
            case "string" -> STRING;
            default -> throw new JsonShapeException("unknown resultType '" + wire + "'");
        };
    }
}
