package sitrep.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.RadioMenuItem;

/** The View menu's dark and light items, one two-way view of the theme, so a shortcut or a setting moves the tick too. */
final class ThemeItems {

    private ThemeItems() {
    }

    /** Ticks the item of the current theme, now and on every change, and sets the theme when an item is chosen. */
    static void bind(RadioMenuItem dark, RadioMenuItem light, BooleanProperty darkTheme) {
        Runnable tick = () -> {
            dark.setSelected(darkTheme.get());
            light.setSelected(!darkTheme.get());
        };
        tick.run();
        darkTheme.addListener((obs, was, now) -> tick.run());
        dark.setOnAction(e -> darkTheme.set(true));
        light.setOnAction(e -> darkTheme.set(false));
    }
}
