package sitrep.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A wrapping label that asks for at most {@code lines} lines; longer text ends in an ellipsis and reads whole on
 * hover. For words that come from outside (a dashboard's panel title, a server's error) beside something that must
 * keep its room: a 166-letter Grafana panel title wrapped over its whole cell and left the chart no height.
 */
public final class CappedLabel extends Label {

    private final int lines;

    public CappedLabel(int lines) {
        this.lines = lines;
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        textProperty().addListener((o, was, now) -> setTooltip(now == null || now.length() < 40 ? null : new Tooltip(now)));
    }

    @Override
    protected double computePrefHeight(double width) {
        double wrapped = super.computePrefHeight(width);
        // Without a width the label lays its text out on one line: that line's height, padding included.
        double oneLine = super.computePrefHeight(-1);
        return Math.min(wrapped, lines * oneLine);
    }
}
