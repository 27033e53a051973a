package sitrep.source.prometheus;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import sitrep.source.JsonShapeException;

/**
 * The Prometheus API envelope, read as a stream so a large {@code data} never exists twice in memory:
 * {@code {"status", "data", "errorType", "error", "warnings", "infos"}} in any order.
 */
record Envelope<T>(String status, T data, String errorType, String error, List<String> warnings,
                   List<String> infos) {

    @FunctionalInterface
    interface DataReader<T> {
        T read(JsonReader reader) throws IOException;
    }

    boolean isError() {
        return "error".equals(status);
    }

    static <T> Envelope<T> read(JsonReader r, DataReader<T> dataReader) throws IOException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            throw new JsonShapeException("expected the Prometheus API envelope (an object) but found "
                    + r.peek() + " at " + r.getPath());
        }
        String status = null;
        T data = null;
        String errorType = null;
        String error = null;
        List<String> warnings = List.of();
        List<String> infos = List.of();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "status" -> status = r.nextString();
                case "data" -> {
                    if (r.peek() == JsonToken.NULL) {
                        r.nextNull();
                    } else {
                        data = dataReader.read(r);
                    }
                }
                case "errorType" -> errorType = r.nextString();
                case "error" -> error = r.nextString();
                case "warnings" -> warnings = strings(r);
                case "infos" -> infos = strings(r);
                default -> r.skipValue();
            }
        }
        r.endObject();
        if (!"success".equals(status) && !"error".equals(status)) {
            throw new JsonShapeException("no \"status\" of success or error: not a Prometheus API answer");
        }
        if ("success".equals(status) && data == null) {
            throw new JsonShapeException("status success without \"data\"");
        }
        return new Envelope<>(status, data, errorType, error, warnings, infos);
    }

    private static List<String> strings(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return List.of();
        }
        List<String> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            out.add(r.nextString());
        }
        r.endArray();
        return out;
    }
}
