package sitrep.source.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import sitrep.bench.Bench;

/**
 * mvn -Pbench verify. Decoding a 20 x 11,000-point query_range answer into domain series, against the
 * floor of a plain Gson tree parse of the same bytes. Goal: within 1.5x of the floor.
 *
 * <p>Both run interleaved in pairs after the same warm-up, each from a collected heap and timed in the
 * thread's CPU time; the figure is the median of the per-pair ratios. Run one after the other, on wall
 * time, the ratio came out 0.78, 1.16 and 1.62: a young collection (up to 0.7 s while the tree is live)
 * landed in one side or the other, and other builds' load moved the two medians apart (docs/decisions/
 * 11-13-benchmarks-compare-interleaved.md).
 */
class RangeDecodeBenchmark {

    private static final int SERIES = 20;
    private static final int POINTS = 11_000;

    /**
     * Sample values as Prometheus writes them (util/jsonutil MarshalValue): Go's shortest 'f' format, and
     * 'e' with a two-digit exponent below 1e-6. Java's Double.toString writes "2.31E-4" below 1e-3, which
     * no Prometheus answer contains. About every 50th value here is below 1e-6, most carry 16-17 digits as
     * computed values (rates, quantiles) do.
     */
    static String asPrometheusWrites(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double abs = Math.abs(v);
        if (abs != 0 && abs < 1e-6) {
            String java = Double.toString(v);
            int e = java.indexOf('E');
            int exp = Integer.parseInt(java.substring(e + 1));
            String mantissa = java.substring(0, e).replaceAll("\\.0$", "");
            return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

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
                if (p % 50 == 7) {
                    v *= 1e-4;
                }
                sb.append('[').append(1795564595 + p).append('.').append(p % 10).append("00,\"")
                        .append(asPrometheusWrites(v)).append("\"]");
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

    @Test
    void thePrometheusFormatIsWhatTheServerWrites() {
        assertThat(asPrometheusWrites(0.000231)).isEqualTo("0.000231");
        assertThat(asPrometheusWrites(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(asPrometheusWrites(2.31e-8)).isEqualTo("2.31e-08");
        assertThat(asPrometheusWrites(1e-7)).isEqualTo("1e-07");
        assertThat(asPrometheusWrites(12.0)).isEqualTo("12");
    }

    @Test
    void rangeDecodeIsCloseToAPlainTreeParse() throws Exception {
        byte[] bytes = synthetic();
        Envelope<QueryDataReader.Data> check = decode(bytes);
        assertThat(check.data().series()).hasSize(SERIES);
        assertThat(check.data().series().get(0).size()).isEqualTo(POINTS);
        assertThat(check.data().series().get(0).values()[0]).isNaN();
        assertThat(check.data().series().get(0).values()[7]).isEqualTo((0.0002 + 7 * 31 % 1000 / 1e6) * 1e-4);
        AtomicReference<Object> sink = new AtomicReference<>();
        Bench.Comparison c = Bench.compare(new Bench.Pairing(25, 41, Bench.Clock.THREAD_CPU, true),
                () -> sink.set(decode(bytes)), () -> sink.set(tree(bytes)));
        c.print("prometheus_range_decode_20x11000", "gson_tree_parse_20x11000", "prometheus_range_decode_ratio",
                "limit 1.5; thread CPU, interleaved");
        Bench.print("range_response_bytes_20x11000", bytes.length, "bytes");
        assertThat(sink.get()).isNotNull();
        assertThat(c.ratio()).as("decode vs tree parse").isLessThan(1.5);
    }
}
