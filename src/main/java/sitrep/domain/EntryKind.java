package sitrep.domain;

/** What a timeline entry records; the response metrics of a postmortem are derived from these tags. */
public enum EntryKind {
    DETECTION("detection"),
    ACTION("action"),
    MISLEADING("misleading"),
    ESCALATION("escalation"),
    ROOT_CAUSE("root-cause"),
    MITIGATION("mitigation"),
    RESOLUTION("resolution"),
    NOTE("note");

    private final String tag;

    EntryKind(String tag) {
        this.tag = tag;
    }

    /** The lower-case tag a responder types and the journal stores, e.g. "root-cause". */
    public String tag() {
        return tag;
    }
}
