package sitrep.ui.common;

import javafx.scene.Node;
import sitrep.domain.HealthLevel;

/** Style classes for health levels, so colour rules live in CSS and never stand alone without words. */
public final class LevelStyle {

    private LevelStyle() {
    }

    public static String of(HealthLevel level) {
        return "level-" + level.code();
    }

    /** Replaces whatever level class the node had with the one for {@code level}. */
    public static void apply(Node node, HealthLevel level) {
        for (HealthLevel l : HealthLevel.values()) {
            node.getStyleClass().remove(of(l));
        }
        node.getStyleClass().add(of(level));
    }
}
