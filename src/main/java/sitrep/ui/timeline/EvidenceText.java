package sitrep.ui.timeline;

import java.util.Map;

/** An entry's or suggestion's evidence as tooltip lines, "key: value" each. */
final class EvidenceText {

    private EvidenceText() {
    }

    static String lines(Map<String, String> evidence) {
        StringBuilder b = new StringBuilder();
        evidence.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString().strip();
    }
}
