package sitrep.incident.postmortem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sitrep.domain.Incident;
import sitrep.domain.TimelineEntry;
import sitrep.incident.command.FollowupExports;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.Milestone;
import sitrep.incident.command.ResponseMetric;
import sitrep.incident.command.Role;
import sitrep.incident.command.Severity;
import sitrep.postmortem.CommandReport;
import sitrep.postmortem.TemplateFormats;

/** Words an incident's command records for the postmortem, in the incident's zone. */
public final class CommandReports {

    private CommandReports() {
    }

    /**
     * @param severityDefinitions the one-line definition of each level as the settings word it
     */
    public static CommandReport of(Incident incident, List<TimelineEntry> entries, Map<String, String> fields,
                                   Map<Severity, String> severityDefinitions) {
        IncidentCommand c = IncidentCommand.of(incident, entries, fields);
        if (!c.hasRecords()) {
            return CommandReport.none();
        }
        ZoneId zone = incident.zone().zoneId();
        LocalDate firstDay = incident.start().atZone(zone).toLocalDate();
        List<CommandReport.Line> lifecycle = lines(c.statusHistory(), zone, firstDay);
        List<CommandReport.Line> milestones = new ArrayList<>();
        for (Milestone m : Milestone.values()) {
            String at = c.milestones().at(m).map(t -> time(t, zone, firstDay)).orElse("not reached");
            milestones.add(new CommandReport.Line(at + (c.milestones().isEdited(m) ? " (edited)" : ""), "", m.label()));
        }
        List<CommandReport.Metric> metrics = ResponseMetric.of(c.milestones(), entries).stream()
                .map(m -> new CommandReport.Metric(m.name(), m.value().map(TemplateFormats::duration).orElse("n/a"),
                        m.formula()))
                .toList();
        String highest = c.highestSeverity().map(s -> s.name() + " - "
                + severityDefinitions.getOrDefault(s, s.defaultDefinition())).orElse("");
        List<String> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            if (r != Role.SME) {
                c.holder(r).ifPresent(p -> roles.add(r.label() + ": " + p));
            }
        }
        if (!c.experts().isEmpty()) {
            roles.add("Subject-matter experts: " + String.join(", ", c.experts()));
        }
        List<CommandReport.Update> updates = c.updates().stream().map(u -> new CommandReport.Update(
                time(u.at(), zone, firstDay), u.author(), u.update().state().wireName(), u.update().conditions(),
                u.update().actions(), u.update().needs())).toList();
        List<CommandReport.Followup> followups = c.followups().stream().map(f -> new CommandReport.Followup(
                f.reference(), f.text(), FollowupExports.marks(f), f.done())).toList();
        return new CommandReport(lifecycle, milestones, c.milestones().warnings(), metrics, highest,
                lines(c.severityHistory(), zone, firstDay), roles, lines(c.roleChanges(), zone, firstDay), updates,
                followups);
    }

    private static List<CommandReport.Line> lines(List<IncidentCommand.Change> changes, ZoneId zone, LocalDate firstDay) {
        return changes.stream().map(ch -> new CommandReport.Line(time(ch.at(), zone, firstDay), ch.author(), ch.text()))
                .toList();
    }

    /** "15:30", or "June 11, 2023, 01:30" after the incident's first day, as the timeline bullets say it. */
    static String time(Instant t, ZoneId zone, LocalDate firstDay) {
        ZonedDateTime z = t.atZone(zone);
        String hm = TemplateFormats.time(z.toLocalTime());
        return z.toLocalDate().equals(firstDay) ? hm : TemplateFormats.date(z.toLocalDate()) + ", " + hm;
    }
}
