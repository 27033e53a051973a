package sitrep.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table's column headers stay whole words: each column is at least as wide as its header, and a table
 * narrower than all of them scrolls sideways instead of cutting the headers to "…".
 */
public final class ReadableHeaders {

    /** Room around a header's words: the cell's padding and the sort arrow. */
    private static final double PADDING = 34;

    private ReadableHeaders() {
    }

    public static void apply(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            Text probe = new Text(column.getText());
            probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 15));
            double need = Math.ceil(probe.getLayoutBounds().getWidth() + PADDING);
            column.setMinWidth(Math.max(column.getMinWidth(), need));
        }
    }
}
