package sitrep.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/**
 * The one place FXML is loaded: a layout from the class path, bound to the controller the caller made (controllers
 * are built by constructor, with their view model, so FXML never instantiates one). FX thread, or a thread building
 * nodes not yet in a scene.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    /**
     * Loads {@code fxml} (a class-path resource, e.g. {@code /sitrep/ui/timeline/Timeline.fxml}) with
     * {@code controller} and returns its root node.
     *
     * @throws UncheckedIOException when the layout is missing or malformed: a packaging bug, not a user's error
     */
    public static <N> N load(String fxml, Object controller) {
        URL url = ViewLoader.class.getResource(fxml);
        if (url == null) {
            throw new UncheckedIOException(new IOException("layout " + fxml + " is not in the application"));
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the layout " + fxml, e);
        }
    }
}
