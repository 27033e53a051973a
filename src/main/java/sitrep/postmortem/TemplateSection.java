package sitrep.postmortem;

import java.util.Locale;
import java.util.Optional;

/** The sections of the template, recognised from the many ways people title them. */
enum TemplateSection {
    SUMMARY, DURATION, IMPACT, TIMELINE, ROOT_CAUSE_AND_RESOLUTION, ROOT_CAUSE, RESOLUTION, MEASURES, CONCLUSION,
    UNPLACED, APPENDIX;

    /** The section a heading names, if it names one; markup, numbering and a trailing colon are ignored. */
    static Optional<TemplateSection> of(String heading) {
        String h = normalise(heading);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        // Only Sitrep's own appendix headings (its charts heading included); the importer then checks the body.
        if (SitrepAppendix.isHeading(heading)) {
            return Optional.of(APPENDIX);
        }
        if (h.equals("unplaced")) {
            return Optional.of(UNPLACED);
        }
        if (h.contains("root cause") && h.contains("resolution")) {
            return Optional.of(ROOT_CAUSE_AND_RESOLUTION);
        }
        if (h.contains("corrective") || h.contains("preventative") || h.contains("preventive")
                || h.equals("action items") || h.equals("follow-up actions") || h.equals("follow up actions")
                || h.equals("next steps") || h.equals("remediation")) {
            return Optional.of(MEASURES);
        }
        return Optional.ofNullable(switch (h) {
            case "summary", "issue summary", "incident summary", "overview", "executive summary" -> SUMMARY;
            case "duration" -> DURATION;
            case "impact" -> IMPACT;
            case "timeline", "timeline of events", "incident timeline", "chronology", "sequence of events" -> TIMELINE;
            case "root cause", "root cause analysis", "cause", "what went wrong" -> ROOT_CAUSE;
            case "resolution", "resolution and recovery", "fix", "how it was fixed" -> RESOLUTION;
            case "conclusion", "conclusions", "closing", "final thoughts" -> CONCLUSION;
            default -> null;
        }).or(() -> {
            // "Timeline (UTC)", "Timeline (heure de Paris, CET)": the words in brackets say how, not which section
            // (the zone is learnt from them like from any line); unread, the whole timeline went to Unplaced.
            String bare = h.replaceAll("\\s*\\([^()]*\\)$", "");
            return bare.equals(h) || bare.isEmpty() ? Optional.empty() : of(bare);
        });
    }

    static String normalise(String heading) {
        String h = heading.replaceAll("[*_`]", "").strip();
        h = h.replaceAll("^\\d{1,2}[.)]?\\s+", "");
        h = h.replaceAll("[:.]\\s*$", "").strip().toLowerCase(Locale.ROOT);
        return h.replace("&", "and").replaceAll("\\s+", " ");
    }
}
