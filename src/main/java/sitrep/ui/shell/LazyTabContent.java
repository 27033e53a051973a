package sitrep.ui.shell;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** A tab whose content is made when the tab is first shown, with its placeholder until then. */
final class LazyTabContent {

    private final Tab tab;
    /** The tab's first content (its placeholder), shown until its real content is first seen. */
    private final Node placeholder;
    private ChangeListener<Boolean> shown;

    LazyTabContent(Tab tab) {
        this.tab = tab;
        this.placeholder = tab.getContent();
    }

    /** Puts the content made by {@code content} into the tab once it is first selected (now, if it is). */
    void setLazily(Supplier<Node> content) {
        if (shown != null) {
            tab.selectedProperty().removeListener(shown);
            shown = null;
        }
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.setContent(placeholder);
        shown = (obs, was, selected) -> {
            if (selected) {
                tab.selectedProperty().removeListener(shown);
                shown = null;
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener(shown);
    }
}
