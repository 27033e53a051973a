package sitrep.source.prometheus;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sitrep.domain.MetricSeries;
import sitrep.source.JsonShapeException;

/**
 * Streams {@code data} of /api/v1/query and /api/v1/query_range into compact series: numbers are parsed
 * straight from the tokens into primitive arrays, without a tree or boxed values in between.
 * {@code resultType} is usually first but need not be, so the result is read by its shape and checked
 * against the type afterwards.
 */
final class QueryDataReader {

    record Data(ResultType type, List<MetricSeries> series, String stringValue) {
    }

    private QueryDataReader() {
    }

    static Data read(JsonReader r) throws IOException {
        ResultType type = null;
        List<MetricSeries> series = null;
        double[] pair = null;
        String pairString = null;
        boolean pairSeen = false;
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            if (name.equals("resultType")) {
                type = ResultType.parse(r.nextString());
            } else if (name.equals("result")) {
                r.beginArray();
                if (r.hasNext() && r.peek() != JsonToken.BEGIN_OBJECT) {
                    // A scalar or string result: [ <float seconds>, "<value>" ].
                    pairSeen = true;
                    double t = r.nextDouble();
                    pairString = r.nextString();
                    pair = new double[] {t};
                    series = List.of();
                } else {
                    series = new ArrayList<>();
                    while (r.hasNext()) {
                        series.add(readSeries(r));
                    }
                }
                r.endArray();
            } else {
                r.skipValue();
            }
        }
        r.endObject();
        if (type == null) {
            throw new JsonShapeException("query answer without \"resultType\"");
        }
        if (series == null) {
            throw new JsonShapeException("query answer without \"result\"");
        }
        return switch (type) {
            case SCALAR -> {
                requirePair(type, pairSeen);
                yield new Data(type, List.of(MetricSeries.single(Map.of(), SampleValues.millis(pair[0]),
                        SampleValues.parse(pairString))), null);
            }
            case STRING -> {
                requirePair(type, pairSeen);
                yield new Data(type, List.of(), pairString);
            }
            default -> {
                if (pairSeen) {
                    throw new JsonShapeException("resultType " + type.name().toLowerCase(Locale.ROOT)
                            + " but the result is a single [time, value] pair");
                }
                yield new Data(type, series, null);
            }
        };
    }

    private static void requirePair(ResultType type, boolean pairSeen) {
        if (!pairSeen) {
            throw new JsonShapeException("resultType " + type.name().toLowerCase(Locale.ROOT)
                    + " but the result is not a [time, value] pair");
        }
    }

    private static MetricSeries readSeries(JsonReader r) throws IOException {
        Map<String, String> labels = Map.of();
        long[] times = new long[0];
        double[] values = new double[0];
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "metric" -> labels = readLabels(r);
                case "value" -> {
                    r.beginArray();
                    times = new long[] {SampleValues.millis(r.nextDouble())};
                    values = new double[] {SampleValues.parse(r.nextString())};
                    r.endArray();
                }
                case "values" -> {
                    Points p = readPoints(r);
                    times = p.times;
                    values = p.values;
                }
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new MetricSeries(labels, times, values);
    }

    private static Map<String, String> readLabels(JsonReader r) throws IOException {
        Map<String, String> labels = new HashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            labels.put(r.nextName(), r.nextString());
        }
        r.endObject();
        return labels;
    }

    private record Points(long[] times, double[] values) {
    }

    private static Points readPoints(JsonReader r) throws IOException {
        long[] times = new long[256];
        double[] values = new double[256];
        int n = 0;
        r.beginArray();
        while (r.hasNext()) {
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            r.beginArray();
            times[n] = SampleValues.millis(r.nextString());
            values[n] = SampleValues.parse(r.nextString());
            r.endArray();
            n++;
        }
        r.endArray();
        return new Points(Arrays.copyOf(times, n), Arrays.copyOf(values, n));
    }
}
