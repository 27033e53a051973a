package sitrep.postmortem;

import java.util.Objects;

/** A chart of the incident window, rendered to PNG by the caller (the UI owns the charts). */
public record ChartImage(String title, byte[] png) {

    public ChartImage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(png, "png");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
