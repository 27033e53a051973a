package sitrep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A long outside text (a panel title) takes at most its lines and leaves the rest to what shares its column. */
class CappedLabelFxTest extends FxRobot {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongTitleTakesTwoLinesEndsInAnEllipsisAndReadsWholeOnHover() throws Exception {
        String longTitle = "Requests per second by route and status code for the checkout and payments services "
                + "(excluding health checks, synthetic probes and internal retries), 5m rate";
        FxToolkit.registerPrimaryStage();
        Label[] labels = new Label[2];
        Region[] chart = new Region[1];
        FxToolkit.setupStage(stage -> {
            labels[0] = new CappedLabel(2);
            labels[0].setText(longTitle);
            labels[1] = new Label("one line");
            chart[0] = new Region();
            chart[0].setMinHeight(0);
            chart[0].setPrefHeight(400);
            VBox.setVgrow(chart[0], Priority.ALWAYS);
            VBox box = new VBox(labels[1], labels[0], chart[0]);
            stage.setScene(new Scene(box, 300, 220));
            stage.show();
        });
        interact(() -> { });

        double oneLine = labels[1].getHeight();
        assertThat(labels[0].getHeight()).isGreaterThan(oneLine * 1.5).isLessThanOrEqualTo(oneLine * 2 + 1);
        assertThat(chart[0].getHeight()).as("the chart keeps the column's rest").isGreaterThan(220 - 3 * oneLine - 2);
        assertThat(labels[0].getTooltip().getText()).isEqualTo(longTitle);
        interact(() -> labels[0].setText("Short"));
        assertThat(labels[0].getTooltip()).isNull();
    }
}
