package sitrep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.text.Font;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Words when they fit, the icon alone when they do not; the icon pack warmed off the FX thread. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IconFallbackFxTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** First in this class, so no icon of its own loaded the font before (another class may have, in one JVM). */
    @Test
    @Order(1)
    void theIconPackWarmsUpOnAThreadOfItsOwn() throws Exception {
        // As the console does it: on a spare thread while the FX thread builds the window.
        CompletableFuture.runAsync(IconFallback::warmUp).get(30, TimeUnit.SECONDS);

        assertThat(Font.getFamilies()).as("the icon font is loaded").anyMatch(f -> f.contains("Material Design"));
        FontIcon[] icon = new FontIcon[1];
        WaitForAsyncUtils.asyncFx(() -> icon[0] = new FontIcon("mdi2p-pencil")).get(30, TimeUnit.SECONDS);
        assertThat(icon[0].getIconCode().getDescription()).isEqualTo("mdi2p-pencil");
    }

    @Test
    void theIconAloneBelowTheWidthTheWordsNeed() throws Exception {
        Button b = new Button("_Panels…");
        SimpleDoubleProperty width = new SimpleDoubleProperty(1600);
        WaitForAsyncUtils.asyncFx(() -> IconFallback.apply(b, "mdi2p-pencil", "Ctrl+P", width, 1500))
                .get(30, TimeUnit.SECONDS);
        assertThat(b.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
        assertThat(b.getTooltip().getText()).isEqualTo("Panels… (Ctrl+P)");

        WaitForAsyncUtils.asyncFx(() -> width.set(1200)).get(30, TimeUnit.SECONDS);
        assertThat(b.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
    }
}
