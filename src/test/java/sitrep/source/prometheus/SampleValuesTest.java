package sitrep.source.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
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

    /** Prometheus writes values with Go's 'f' format, and 'e' below 1e-6 and from 1e21 ("1.5e-07"). */
    @Test
    void exponentFormsAgreeWithParseDoubleBitForBit() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double v = random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
            String java = Double.toString(v);
            String go = String.format(Locale.ROOT, "%.6e", v).replace("e-0", "e-").replace("e+0", "e+");
            String plain = new BigDecimal(java).toPlainString();
            for (String s : new String[] {java, go, plain, "-" + go}) {
                assertThat(SampleValues.parse(s)).as(s).isEqualTo(Double.parseDouble(s));
            }
        }
        for (String s : new String[] {"1e5", "1e-7", "1.5e-07", "2.31E-4", "9.999999999999999e+22", "1e22", "1e23",
                "1e-22", "1e-23", "123456789012345e-22", "1234567890123456e3", "-0", "-0.0", ".5", "5.", "1e+308",
                "4.9e-324", "0.000000000000000000000000000001"}) {
            assertThat(Double.valueOf(SampleValues.parse(s))).as(s).isEqualTo(Double.valueOf(Double.parseDouble(s)));
        }
    }

    @Test
    void malformedValuesStillFailAsParseDoubleDoes() {
        for (String s : new String[] {"1e", "1e+", "e5", "1.2.3", "--1", "", "1ee5", "0x"}) {
            assertThatThrownBy(() -> SampleValues.parse(s)).as(s).isInstanceOf(NumberFormatException.class);
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
                "1795564595.1234", "1795564595.1235", "1795564595.9999", "0.5", "1.5e9", "1795564595.", "-5", "-0.5",
                "-1795564595.123", "-0.0004", "-0.0005", "12345678901234567", "1795564595.1234567890123", "1e3"}) {
            assertThat(SampleValues.millis(s)).as(s).isEqualTo(SampleValues.millis(Double.parseDouble(s)));
        }
    }
}
