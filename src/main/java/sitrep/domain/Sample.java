package sitrep.domain;

/** One point of a series. The value may be NaN or infinite: Prometheus sends those as ordinary values. */
public record Sample(long epochMillis, double value) {
}
