package sitrep.ui.dashboard;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Keyboard shortcuts for the dashboard toolbar, whose buttons may show only an icon. They are chosen not to
 * clash with the menus' accelerators (Shortcut+1..4, N, O, Q, Z, comma, and Shortcut+Shift+F, L, M, N, R, S,
 * U, V, Z) and are stated in each button's tooltip.
 */
final class DashboardShortcuts {

    static final KeyCombination CUSTOM_RANGE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination RESET_ZOOM = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PANELS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private DashboardShortcuts() {
    }

    /**
     * Puts the shortcuts on whichever window scene holds {@code root}, and takes them off when it leaves, so a
     * closed dashboard's buttons are never fired. A shortcut does nothing while its button is disabled.
     */
    static void install(Node root, ButtonBase custom, ButtonBase pause, ButtonBase reset, ButtonBase panels) {
        Map<KeyCombination, ButtonBase> keys = Map.of(CUSTOM_RANGE, custom, PAUSE, pause, RESET_ZOOM, reset,
                PANELS, panels);
        Map<KeyCombination, Runnable> actions = new HashMap<>();
        keys.forEach((key, button) -> actions.put(key, () -> {
            if (!button.isDisabled()) {
                button.fire();
            }
        }));
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                actions.forEach((key, action) -> was.getAccelerators().remove(key, action));
            }
            if (now != null) {
                now.getAccelerators().putAll(actions);
            }
        });
        Scene current = root.getScene();
        if (current != null) {
            current.getAccelerators().putAll(actions);
        }
    }
}
