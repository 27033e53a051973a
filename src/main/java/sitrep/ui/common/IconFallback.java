package sitrep.ui.common;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Words on controls when they fit, an icon when they do not: a control never shows a cut-off label. The
 * tooltip always says the words and the shortcut, so the icon alone is never a riddle.
 */
public final class IconFallback {

    private IconFallback() {
    }

    /**
     * Gives {@code control} the icon and a tooltip of its words (and {@code shortcut}, may be empty), and shows
     * the icon alone whenever {@code width} is below {@code wordsFrom} pixels.
     */
    public static void apply(Labeled control, String icon, String shortcut, ObservableDoubleValue width,
                             double wordsFrom) {
        decorate(control, icon, shortcut);
        Runnable fit = () -> control.setContentDisplay(width.get() > 0 && width.get() < wordsFrom
                ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        width.addListener((o, was, now) -> fit.run());
        fit.run();
    }

    /**
     * Resolves an icon of the pack once and throws it away, from any thread once the toolkit runs. The first icon of a
     * process costs about 65 ms (the pack's icon tables and its font, copied out and loaded); the console does this on
     * a spare core while the FX thread builds the window, whose first icons then come cheap.
     */
    public static void warmUp() {
        new FontIcon("mdi2p-pause");
    }

    /** The icon beside the words, and a tooltip with the words and shortcut. */
    public static void decorate(Labeled control, String icon, String shortcut) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("control-icon");
        control.setGraphic(graphic);
        String words = control.getText().replace("_", "");
        Tooltip tip = new Tooltip(shortcut.isEmpty() ? words : words + " (" + shortcut + ")");
        control.setTooltip(tip);
        control.textProperty().addListener((o, was, now) -> tip.setText(shortcut.isEmpty()
                ? now.replace("_", "") : now.replace("_", "") + " (" + shortcut + ")"));
        control.setMinWidth(Region.USE_PREF_SIZE);
    }
}
