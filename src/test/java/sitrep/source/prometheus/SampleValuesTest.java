package sitrep.source.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleValuesTest {

    @Test
    void theFastPathAgreesWithParseDoubleBitForBit() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 1e6;
                case 2 -> random.nextInt(1000) / 1000.0;
                default -> -random.nextDouble() * 123.0;
            };
            String s = Double.toString(v);
            assertThat(SampleValues.parse(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (String s : new String[] {"0", "1", "12", "0.000231", "-3.5", "+7.25", "1e-7", "1.5E10",
                "123456789012345678", "0.1234567890123456789", "NaN", "+Inf", "-Inf"}) {
            assertThat(Double.valueOf(SampleValues.parse(s))).as(s).isEqualTo(Double.valueOf(parseLikePrometheus(s)));
        }
    }

    private static double parseLikePrometheus(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    @Test
    void timestampsBecomeMillisecondsAsTheDoubleWouldRound() {
        for (String s : new String[] {"1795564595", "1795564595.1", "1795564595.12", "1795564595.123",
                "1795564595.1234", "1795564595.1235", "1795564595.9999", "0.5", "1.5e9"}) {
            assertThat(SampleValues.millis(s)).as(s).isEqualTo(SampleValues.millis(Double.parseDouble(s)));
        }
    }
}
