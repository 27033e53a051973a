package sitrep.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The console's look: AtlantaFX Primer as the base, Sitrep's own sizing on top. */
public final class Theme {

    private static final String SITREP_CSS = Theme.class.getResource("/sitrep/ui/shell/sitrep.css").toExternalForm();

    private Theme() {
    }

    /** Applies dark or light; the user-agent stylesheet is global, so every dialog follows too. */
    public static void apply(Scene scene, boolean dark) {
        useForNewControls(dark);
        decorate(scene);
    }

    /**
     * Sets the user-agent stylesheet before the first control exists. Called early at start-up: a control
     * created first makes JavaFX load and apply its own Modena stylesheet, only for it to be replaced.
     */
    public static void useForNewControls(boolean dark) {
        String css = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!css.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(css);
        }
    }

    /** For dialogs: our sizing rules on their own scene. */
    public static void decorate(Scene scene) {
        if (!scene.getStylesheets().contains(SITREP_CSS)) {
            scene.getStylesheets().add(SITREP_CSS);
        }
    }
}
