package sitrep.ui.postmortem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import sitrep.domain.IncidentZone;
import sitrep.postmortem.IncidentWindow;
import sitrep.postmortem.PostmortemChecks;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.PostmortemWarning;
import sitrep.postmortem.ResponseMetrics;
import sitrep.postmortem.TemplateFormats;
import sitrep.postmortem.ZoneLabel;

/** The sentences the tab shows beside the document: its contradictions and its response metrics. */
final class DocumentReadout {

    private DocumentReadout() {
    }

    /**
     * The document's contradictions as plain sentences. An incident zone typed as an abbreviation is stored
     * as a fixed offset ("PST" = UTC-08:00), which never observes daylight time, so the draft's zone makes
     * no daylight claim. The label still claims one (PST is Pacific standard time), and an author who wrote
     * PST for a June outage most likely meant PDT: the check runs against the zone the label names.
     */
    static List<String> warnings(PostmortemDocument doc, IncidentZone zone) {
        PostmortemDocument checked = doc;
        Optional<ZoneLabel> claimed = ZoneLabel.parse(zone.label()).filter(l -> l.claim() != ZoneLabel.Claim.NONE);
        if (zone.isFixedOffset() && claimed.isPresent()) {
            IncidentWindow w = doc.window();
            checked = doc.toBuilder().window(new IncidentWindow(w.start(), w.end(), claimed)).build();
        }
        return PostmortemChecks.check(checked).stream().map(PostmortemWarning::message).toList();
    }

    /** "Time to detect: 12 min", one line per metric, "n/a" where the timeline cannot tell. */
    static List<String> metrics(PostmortemDocument doc) {
        ResponseMetrics m = ResponseMetrics.of(doc);
        return List.of(line("Time to detect", m.timeToDetect()),
                line("Time to escalate", m.timeToEscalate()),
                line("Time to identify the root cause", m.timeToIdentifyRootCause()),
                line("Time to mitigate", m.timeToMitigate()),
                line("Time to resolve", m.timeToResolve()),
                line("Time on misleading leads", m.timeOnMisleadingLeads()));
    }

    /** "Duration: ..." as the template writes it, or why there is none yet. */
    static String duration(PostmortemDocument doc) {
        return TemplateFormats.durationLine(doc.window()).map(d -> "Duration: " + d)
                .orElse("Duration: no start yet (set one, or add a detection entry)");
    }

    private static String line(String name, Optional<Duration> value) {
        return name + ": " + value.map(TemplateFormats::duration).orElse("n/a");
    }
}
