package sitrep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the dependency direction ui -> {source, incident, postmortem} -> domain, by reading imports. */
class DependencyDirectionTest {

    private static final Path MAIN = Path.of("src/main/java/sitrep");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Every import in a package's sources (recursively), as "File.java: imported.Name". */
    static List<String> importsIn(String pkg) throws IOException {
        Path root = MAIN.resolve(pkg);
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(MAIN.relativize(f) + ": " + m.group(1));
                }
            }
        }
        return found;
    }

    /** Also catches fully qualified use of a package without an import. */
    static List<String> qualifiedUsesIn(String pkg, String forbiddenPackagePrefix) throws IOException {
        return linesMatching(pkg, Pattern.compile("\\b" + Pattern.quote(forbiddenPackagePrefix) + "\\w"));
    }

    static List<String> linesMatching(String pkg, Pattern use) throws IOException {
        Path root = MAIN.resolve(pkg);
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ") && use.matcher(line).find()) {
                        found.add(MAIN.relativize(f) + ": " + line.strip());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theSourceTreeIsWhereThisTestLooks() throws IOException {
        assertThat(MAIN.resolve("app/Main.java")).exists();
        assertThat(importsIn("app")).isNotEmpty();
    }

    @Test
    void domainImportsNoToolkitHttpOrJsonLibrary() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String imp : importsIn("domain")) {
            if (imp.matches(".*: (javafx|okhttp3|okio|com\\.google\\.gson|org\\.jfree|org\\.controlsfx|atlantafx"
                    + "|picocli|sitrep\\.(app|ui|source|incident|postmortem))\\..*")) {
                bad.add(imp);
            }
        }
        bad.addAll(qualifiedUsesIn("domain", "javafx."));
        bad.addAll(qualifiedUsesIn("domain", "okhttp3."));
        bad.addAll(qualifiedUsesIn("domain", "com.google.gson."));
        assertThat(bad).as("domain must stay plain Java").isEmpty();
    }

    @Test
    void lowerLayersNeverReachUpIntoUiOrApp() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String pkg : List.of("source", "incident", "postmortem", "domain")) {
            for (String imp : importsIn(pkg)) {
                if (imp.matches(".*: sitrep\\.(ui|app)\\..*") || imp.matches(".*: javafx\\.scene\\..*")) {
                    bad.add(imp);
                }
            }
            bad.addAll(qualifiedUsesIn(pkg, "sitrep.ui."));
        }
        assertThat(bad).as("source, incident and postmortem must not depend on ui or app").isEmpty();
    }

    @Test
    void uiDoesNotReachIntoTheCompositionRoot() throws IOException {
        List<String> bad = importsIn("ui").stream().filter(i -> i.matches(".*: sitrep\\.app\\..*")).toList();
        assertThat(bad).as("ui is wired by app, never the other way round").isEmpty();
    }

    @Test
    void theAppNeverPrintsToStandardOut() throws IOException {
        List<String> bad = linesMatching("", Pattern.compile("System\\.(out|err)\\b|\\.printStackTrace\\("));
        assertThat(bad).as("log through System.Logger instead").isEmpty();
    }
}
