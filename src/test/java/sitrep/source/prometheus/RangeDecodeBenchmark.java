package sitrep.source.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * mvn -Pbench verify. Decoding a 20 x 11,000-point query_range answer into domain series, against the
 * floor of a plain Gson tree parse of the same bytes. Goal: within 1.5x of the floor.
 */
class RangeDecodeBenchmark {

    private static final int SERIES = 20;
    private static final int POINTS = 11_000;
    private static final int WARMUP = 25;
    private static final int RUNS = 31;

    static byte[] synthetic() {
        StringBuilder sb = new StringBuilder(2_000_000);
        sb.append("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        for (int s = 0; s < SERIES; s++) {
            if (s > 0) {
                sb.append(',');
            }
            sb.append("{\"metric\":{\"__name__\":\"probe_duration_seconds\",\"job\":\"db-tcp\",\"instance\":\"10.0.0.")
                    .append(s).append(":5432\"},\"values\":[");
            for (int p = 0; p < POINTS; p++) {
                if (p > 0) {
                    sb.append(',');
                }
                double v = p % 997 == 0 ? Double.NaN : 0.0002 + (p * 31 + s) % 1000 / 1e6;
                sb.append('[').append(1795564595 + p).append('.').append(p % 10).append("00,\"")
                        .append(Double.isNaN(v) ? "NaN" : Double.toString(v)).append("\"]");
            }
            sb.append("]}");
        }
        sb.append("]}}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Envelope<QueryDataReader.Data> decode(byte[] bytes) throws IOException {
        try (JsonReader r = new JsonReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            return Envelope.read(r, QueryDataReader::read);
        }
    }

    private static JsonElement tree(byte[] bytes) throws IOException {
        try (InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r);
        }
    }

    private interface Work {
        Object run() throws IOException;
    }

    private static double medianMillis(Work work) throws IOException {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Object o = work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            assertThat(o).isNotNull();
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    @Test
    void rangeDecodeIsCloseToAPlainTreeParse() throws IOException {
        byte[] bytes = synthetic();
        Envelope<QueryDataReader.Data> check = decode(bytes);
        assertThat(check.data().series()).hasSize(SERIES);
        assertThat(check.data().series().get(0).size()).isEqualTo(POINTS);
        assertThat(check.data().series().get(0).values()[0]).isNaN();
        for (int i = 0; i < WARMUP; i++) {
            decode(bytes);
            tree(bytes);
        }
        double floor = medianMillis(() -> tree(bytes));
        double decode = medianMillis(() -> decode(bytes));
        System.out.printf(Locale.ROOT, "BENCH prometheus_range_decode_20x11000 %.1f ms%n", decode);
        System.out.printf(Locale.ROOT, "BENCH gson_tree_parse_20x11000 %.1f ms%n", floor);
        System.out.printf(Locale.ROOT, "BENCH prometheus_range_decode_ratio %.2f x%n", decode / floor);
        System.out.printf(Locale.ROOT, "BENCH range_response_bytes_20x11000 %d bytes%n", bytes.length);
        assertThat(decode / floor).as("decode vs tree parse").isLessThan(1.5);
    }
}
