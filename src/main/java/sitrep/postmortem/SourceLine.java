package sitrep.postmortem;

/**
 * One line of an imported postmortem after markup is recognised: a heading (its text without '#'),
 * a bullet or numbered item (text after the marker), a plain text line, or a blank.
 */
record SourceLine(Type type, int indent, String text, String marker) {

    enum Type { BLANK, HEADING, BULLET, NUMBERED, TEXT }

    static SourceLine blank() {
        return new SourceLine(Type.BLANK, 0, "", "");
    }

    boolean isBlank() {
        return type == Type.BLANK;
    }

    boolean isListItem() {
        return type == Type.BULLET || type == Type.NUMBERED;
    }

    /** The line as the author wrote it, near enough to put it into the Unplaced note. */
    String original() {
        return switch (type) {
            case BLANK -> "";
            case HEADING, TEXT -> text;
            case BULLET, NUMBERED -> marker + " " + text;
        };
    }
}
