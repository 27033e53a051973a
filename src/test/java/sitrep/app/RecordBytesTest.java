package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordBytesTest {

    private record Point(String name, double[] ys, List<Long> xs, Instant at, ZoneId zone, Object extra) {
    }

    private static byte[] bytes(Point p) {
        return RecordBytes.of(p, 64, "not written").orElseThrow();
    }

    @Test
    void equalValuesGiveEqualBytesAndAnyChangeOtherBytes() {
        Instant at = Instant.parse("2026-06-10T14:00:00Z");
        Point p = new Point("p99", new double[] {0.1, 0.2}, List.of(1L, 2L), at, ZoneId.of("Europe/Berlin"), null);

        assertThat(bytes(new Point("p99", new double[] {0.1, 0.2}, List.of(1L, 2L), at, ZoneId.of("Europe/Berlin"),
                null))).isEqualTo(bytes(p));
        assertThat(List.of(
                new Point("p95", p.ys(), p.xs(), at, p.zone(), null),
                new Point("p99", new double[] {0.1, 0.3}, p.xs(), at, p.zone(), null),
                new Point("p99", p.ys(), List.of(1L, 3L), at, p.zone(), null),
                new Point("p99", p.ys(), p.xs(), at.plusSeconds(1), p.zone(), null),
                new Point("p99", p.ys(), p.xs(), at, ZoneId.of("UTC"), null),
                new Point("p99", p.ys(), p.xs(), at, p.zone(), "")))
                .allSatisfy(other -> assertThat(bytes(other)).isNotEqualTo(bytes(p)));
        // A value's type is part of it: the same text as a number or as a string differs.
        assertThat(bytes(new Point("p99", p.ys(), p.xs(), at, p.zone(), 1)))
                .isNotEqualTo(bytes(new Point("p99", p.ys(), p.xs(), at, p.zone(), "1")));
    }

    @Test
    void aTypeItDoesNotKnowIsNoDescription() {
        Point p = new Point("p99", new double[0], List.of(), Instant.EPOCH, ZoneId.of("UTC"), new Object());

        assertThat(RecordBytes.of(p, 64, "not written")).isEmpty();
    }
}
