package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

/** What the importer reports and guesses for particular styles. */
class PostmortemImporterDetailsTest {

    @Test
    void aTimelineHeadingThatNamesItsZoneOpensTheTimelineInThatZone() {
        ImportResult r = new PostmortemImporter().importText("""
                # Queue backlog - 2024-03-05

                ## Timeline (CET)

                - 13:02: Alert fired on the queue depth.
                - 13:40: Service restored.
                """);
        assertThat(r.document().timeline()).extracting(TimelineItem::text)
                .containsExactly("Alert fired on the queue depth.", "Service restored.");
        assertThat(r.document().window().zone().map(ZoneLabel::text)).contains("CET");
    }

    @Test
    void isoTimesWithAFractionOrAnOffsetLeaveNothingOfThemInTheText() {
        ImportResult r = new PostmortemImporter().importText("""
                # DNS errors - 2024-12-31

                ## Timeline

                - 2024-12-31T23:58:30.000Z - CoreDNS pods restart.
                - 2025-01-01T00:02:10+00:00 - Alert: DNS error ratio above 5%.
                """);
        assertThat(r.document().timeline()).extracting(TimelineItem::text)
                .containsExactly("CoreDNS pods restart.", "Alert: DNS error ratio above 5%.");
        assertThat(r.document().timeline()).extracting(i -> i.at().orElseThrow()).containsExactly(
                java.time.LocalDateTime.of(2024, 12, 31, 23, 58, 30), java.time.LocalDateTime.of(2025, 1, 1, 0, 2, 10));
    }

    @Test
    void aRowOfAnHtmlTableWithoutATimeIsKeptNotTakenForAHeader() {
        ImportResult r = new PostmortemImporter().importText("""
                <html><body><h1>Search outage - 2024-03-05</h1><h2>Timeline</h2><table><tbody>
                <tr><th>Time</th><th>Event</th></tr>
                <tr><td><p>10:20</p></td><td><p>Escalated</p></td></tr>
                <tr><td colspan="2"><p>(from 10:30 to 10:35 no updates, status page post drafted)</p></td></tr>
                <tr><td><p>10:38</p></td><td><p>Fixed</p></td></tr>
                </tbody></table></body></html>
                """);
        assertThat(r.document().timeline()).extracting(TimelineItem::text).containsExactly("Escalated",
                "(from 10:30 to 10:35 no updates, status page post drafted)", "Fixed");
    }

    @Test
    void anEntryWrittenInAnotherZoneIsReadInTheDocumentsZoneOnTheNearestDay() {
        ImportResult r = new PostmortemImporter().importText("""
                # Login outage - April 6, 2024

                Duration: April 6, 2024, 23:10 - April 7, 2024, 01:40 (AEDT)

                ## Timeline

                - 23:10 AEDT: Logins start failing.
                - 12:31 UTC: US on-call paged.
                - 23:50 AEDT: Escalated to the identity team.
                - 01:40 AEDT: Service restored.
                """);
        assertThat(r.document().timeline()).extracting(i -> i.at().orElseThrow()).containsExactly(
                java.time.LocalDateTime.of(2024, 4, 6, 23, 10), java.time.LocalDateTime.of(2024, 4, 6, 23, 31),
                java.time.LocalDateTime.of(2024, 4, 6, 23, 50), java.time.LocalDateTime.of(2024, 4, 7, 1, 40));
        assertThat(r.document().timeline().get(1).text()).isEqualTo("(12:31 UTC) US on-call paged.");
        assertThat(r.report().guesses()).anySatisfy(g -> assertThat(g).contains("read as 23:31 AEDT"));
    }

    @Test
    void aPagesOwnHeadingIsItsTitleAfterItsNavigation() {
        ImportResult r = new PostmortemImporter().importText("""
                <html><body><ol id="breadcrumbs"><li><a href="index.html">Platform</a></li><li>Postmortems</li></ol>
                <h1 id="title-heading">Login failures - 2024-03-05</h1>
                <h2>Timeline</h2><ul><li>14:03: Alert fired.</li><li>15:41: Service restored.</li></ul>
                </body></html>
                """);
        assertThat(r.document().title()).isEqualTo("Login failures");
        assertThat(r.report().problems()).noneSatisfy(p -> assertThat(p).contains("no title"));
        assertThat(r.document().unplaced()).anySatisfy(u -> assertThat(u).contains("Platform"));
    }

    @Test
    void aDurationWrittenWithHoursInHIsReadWithItsZoneButALengthIsNot() {
        ImportResult r = new PostmortemImporter().importText("""
                Panne paiements - 5 March 2024

                Duration: 5 March 2024, 14h03 - 16h20 (CET)

                Timeline:
                - 14h03: timeouts start.
                - 16h20: payments restored.
                """);
        assertThat(r.document().window().start()).contains(java.time.LocalDateTime.of(2024, 3, 5, 14, 3));
        assertThat(r.document().window().end()).contains(java.time.LocalDateTime.of(2024, 3, 5, 16, 20));
        assertThat(r.document().window().zone().map(ZoneLabel::text)).contains("CET");
        assertThat(TimeRangeParser.find("Duration: 2h30")).isEmpty();
    }

    @Test
    void eventsOneALineInATableCellAreOneEntryEach() {
        ImportResult r = new PostmortemImporter().importText("""
                <html><body><h1>VPN gateway outage - 2024-02-20</h1><h2>Timeline</h2><table>
                <tr><th>Time</th><th>Event</th></tr>
                <tr><td>08:00</td><td>Gateway cert expires</td></tr>
                <tr><td colspan="2">08:05 Helpdesk tickets spike<br>08:12 Alert fires</td></tr>
                <tr><td>08:35<br>08:50</td><td>Root cause identified<br>Service restored</td></tr>
                </table></body></html>
                """);
        assertThat(r.document().timeline()).extracting(TimelineItem::text).containsExactly("Gateway cert expires",
                "Helpdesk tickets spike", "Alert fires", "Root cause identified", "Service restored");
        assertThat(r.document().timeline()).extracting(i -> i.at().orElseThrow().toLocalTime().toString())
                .containsExactly("08:00", "08:05", "08:12", "08:35", "08:50");
    }

    @Test
    void anOffsetThatReadsAsTheDocumentsZoneDoesChangesNothing() {
        ImportResult r = new PostmortemImporter().importText("""
                # Payments outage - 2024-03-05

                Duration: 14:00 - 15:00 (CET)

                ## Timeline

                - 2024-03-05T14:03:00+01:00 - Timeouts start.
                """);
        assertThat(r.document().timeline()).extracting(TimelineItem::text).containsExactly("Timeouts start.");
        assertThat(r.document().timeline().get(0).at()).contains(java.time.LocalDateTime.of(2024, 3, 5, 14, 3));
        assertThat(r.report().guesses()).noneSatisfy(g -> assertThat(g).contains("gives its time in"));
    }

    @Test
    void tasksKeepOwnerAndDueDate() {
        PostmortemDocument doc = PostmortemImporterTest.importFile("01-markdown-nospace-headings.md").document();
        Task audit = doc.measures().get(0).tasks().get(0);
        assertThat(audit.text()).isEqualTo("Audit pool settings in every payment service");
        assertThat(audit.owner()).contains("dana");
        assertThat(audit.due()).contains(LocalDate.of(2024, 6, 30));
        assertThat(doc.impact().usersAffectedPercent()).hasValue(35.0);
        assertThat(doc.timeline()).filteredOn(i -> i.kind() == EntryKind.MISLEADING).hasSize(1);
    }

    @Test
    void aMissingRootCauseIsReportedNotInvented() {
        ImportResult r = PostmortemImporterTest.importFile("05-missing-root-cause-gmt-offset.md");
        assertThat(r.document().rootCause()).isEmpty();
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p).contains("no root cause"));
    }

    @Test
    void aMissingEndIsReportedAndTheUnreadWordsAreKept() {
        ImportResult r = PostmortemImporterTest.importFile("06-missing-end-utc-minus-05.md");
        assertThat(r.document().window().end()).isEmpty();
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p).contains("gives no end time"));
        assertThat(r.document().unplaced()).anySatisfy(u -> assertThat(u).contains("(end not recorded)"));
        assertThat(r.document().rootCause()).startsWith("The previous night's export crashed");
        assertThat(r.document().resolution()).startsWith("The lock was released manually");
    }

    @Test
    void anUnknownSectionGoesToUnplacedAndFencesAreReported() {
        ImportResult r = PostmortemImporterTest.importFile("07-stray-fences-eet.md");
        assertThat(r.document().unplaced()).containsSubsequence("Lessons learned",
                "The standby cluster had never been tested under real load before this incident.");
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p).contains("Lessons learned"));
        assertThat(r.report().guesses()).anySatisfy(g -> assertThat(g).contains("code fence"));
        assertThat(PostmortemChecks.check(r.document())).extracting(PostmortemWarning::code)
                .contains(PostmortemWarning.Code.ZONE_LABEL_DAYLIGHT_MISMATCH);
    }

    @Test
    void anIncidentCrossingMidnightDatesTheLaterEntriesAndTheExportNamesBothDates() {
        ImportResult r = PostmortemImporterTest.importFile("08-multi-day-midnight.txt");
        PostmortemDocument doc = r.document();
        assertThat(doc.timeline().get(3).at()).contains(LocalDateTime.of(2023, 6, 11, 0, 15));
        assertThat(doc.timeline().get(1).kind()).isEqualTo(EntryKind.MISLEADING);
        assertThat(r.report().guesses()).anySatisfy(g -> assertThat(g).contains("past midnight"));
        String text = new TextRenderer().render(doc);
        assertThat(text).contains("Duration: June 10, 2023, 22:00 - June 11, 2023, 01:30 (UTC)\n")
                .contains("- 23:30: Incident escalated").contains("- June 11, 2023, 00:15: The administrators");
        PostmortemDocument again = new PostmortemImporter().importText(text).document();
        assertThat(again.timeline()).extracting(TimelineItem::at)
                .isEqualTo(doc.timeline().stream().map(TimelineItem::at).toList());
        assertThat(new TextRenderer().render(again)).isEqualTo(text);
    }

    @Test
    void usNumericDatesAndTwelveHourGuessesAreReported() {
        ImportResult r = PostmortemImporterTest.importFile("09-us-numeric-date-12h.md");
        assertThat(r.document().titleDate()).contains(LocalDate.of(2023, 6, 10));
        assertThat(r.document().timeline().get(2).time().orElseThrow()).hasToString("13:10");
        assertThat(r.report().guesses()).anySatisfy(g -> assertThat(g).contains("ambiguous"))
                .anySatisfy(g -> assertThat(g).contains("12-hour"));
        assertThat(r.document().conclusion()).isEqualTo("In conclusion, quotas need alerts.");
    }

    @Test
    void aParagraphTimelineKeepsWholeSentences() {
        PostmortemDocument doc = PostmortemImporterTest.importFile("04-bare-lines-paragraph-timeline-sast.txt")
                .document();
        assertThat(doc.timeline().get(0).text()).isEqualTo("At 8:30am the search health check alerted on empty"
                + " result sets. The on-call engineer looked at the search cluster dashboards first.");
        assertThat(doc.timeline()).extracting(TimelineItem::kind).containsExactly(EntryKind.DETECTION,
                EntryKind.MISLEADING, EntryKind.ESCALATION, EntryKind.ROOT_CAUSE, EntryKind.RESOLUTION);
    }

    @Test
    void ourOwnMarkdownAndHtmlExportsImportBackToTheSameDocument() {
        PostmortemDocument reference = PostmortemFixtures.reference();
        String text = PostmortemFixtures.referenceText();
        String fromMarkdown = new TextRenderer().render(new PostmortemImporter()
                .importText(new MarkdownRenderer().render(reference)).document());
        String fromHtml = new TextRenderer().render(new PostmortemImporter()
                .importText(new HtmlRenderer().render(reference)).document());
        assertThat(fromMarkdown).isEqualTo(text);
        assertThat(fromHtml).isEqualTo(text);
    }

    @Test
    void textThatFitsNowhereIsKeptAndReported() {
        ImportResult r = new PostmortemImporter().importText("## Summary\nImpact: None.\n\n## Contacts\n"
                + "Call Bob on 555-0100.\n");
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p).contains("no title line"))
                .anySatisfy(p -> assertThat(p).contains("\"Contacts\" is not part of the template"));
        assertThat(r.document().unplaced()).containsExactly("Contacts", "Call Bob on 555-0100.");
        assertThat(new TextRenderer().render(r.document())).endsWith("Unplaced:\nContacts\n\nCall Bob on 555-0100.\n");
    }
}
