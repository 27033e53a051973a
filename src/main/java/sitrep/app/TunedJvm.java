package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Runs the console in a JVM started with Sitrep's start-up flags when a plain {@code java -jar sitrep.jar} started it
 * without them: a jar's manifest cannot carry JVM options, and without them the first chart with data takes about
 * three times as long on two cores (docs/decisions/11-04). The launchers ({@code target/sitrep}, the app image) pass
 * the flags themselves and mark the JVM with {@value #MARK}, so they never start a second one.
 *
 * <p>The flags: C1 only, huge pages ({@link #FLAGS}), and a class-data archive: the one built beside the jar
 * ({@code mvn -Pdist package}) when it
 * is there, else one the JVM writes on the way out of the first such start into the user's cache folder, keyed by
 * the jar and the JVM, and uses from the second start on. The first JVM only waits for the second and passes on its
 * exit code; what the console prints goes straight to the same terminal.
 */
final class TunedJvm {

    /** System property set on a JVM that already has the start-up flags. */
    static final String MARK = "sitrep.jvm";
    /**
     * The start-up flags, as the launchers have them (pom.xml, sitrep.java.options): C1 only (decision 11-04), and the
     * heap and code in huge pages where the system offers them on request (11-08); a system without them says so on
     * every start unless told not to.
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages",
            "-Xlog:pagesize=off");
    /** System property with the epoch millisecond the first JVM started at, on a second JVM. */
    static final String STARTED = "sitrep.started";
    /** The console's own options: a start with only these opens the window, the start worth tuning. */
    private static final Set<String> WITH_VALUE =
            Set.of("--prometheus", "--alertmanager", "--status", "--incident", "--drill-from", "--config");
    /** How long a stopped second JVM gets to write its archive and exit. */
    private static final long EXIT_WAIT_SECONDS = 30;
    /** Exit codes of a JVM stopped by SIGINT and SIGTERM. */
    private static final int STOPPED_BY_INTERRUPT = 130;
    /** The exit code of a process stopped by SIGTERM, as a shell reports it. */
    static final int STOPPED_BY_TERMINATE = 143;
    private static final Set<String> WITHOUT_VALUE = Set.of("--no-drill", "--drill");

    /** Where the second JVM's archive comes from, and where a freshly written one goes once it exits. */
    record Plan(List<String> command, Map<String, String> environment, Path writtenArchive, Path archive) {
    }

    private TunedJvm() {
    }

    /** Made when first needed: the first JVM runs before logging is set up and should load as little as it can. */
    private static System.Logger log() {
        return System.getLogger(TunedJvm.class.getName());
    }

    /**
     * The command for a tuned second JVM, when this one is a plain {@code java} started on Sitrep's jar without the
     * flags to open the window; empty otherwise (a launcher, a test, an IDE, a subcommand).
     *
     * @param executable this process's program, e.g. /usr/lib/jvm/java-17/bin/java
     * @param arguments this process's arguments after the program, as the operating system reports them
     * @param appArgs the arguments the program itself was given
     * @param jar the jar this class came from, or null when not run from a jar
     * @param cache the user's cache folder for Sitrep
     * @param jvm names the JVM build, so an archive is never offered to another one
     * @param marked whether this JVM has the flags already
     * @param started when this process started, in epoch milliseconds
     * @param environment what the second JVM's environment adds to this one's ({@link #consoleEnvironment})
     */
    static Optional<Plan> plan(String executable, List<String> arguments, String[] appArgs, Path jar, Path cache,
                               String jvm, boolean marked, long started, Map<String, String> environment)
            throws IOException {
        if (marked || jar == null || !opensWindow(appArgs)) {
            return Optional.empty();
        }
        String program = Path.of(executable).getFileName().toString();
        if (!(program.equals("java") || program.equals("java.exe")) || !arguments.contains("-jar")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(FLAGS);
        command.add("-D" + MARK + "=tuned");
        // The console times its start-up from the first JVM's start, as the person who typed java -jar sees it.
        command.add("-D" + STARTED + "=" + started);
        // A stale or foreign archive is refused by the JVM; these keep its refusal off the user's terminal.
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        Path beside = jar.resolveSibling("sitrep.jsa");
        Path written = null;
        Path archive;
        // An archive older than the jar was dumped for an earlier build: the JVM would refuse it.
        if (Files.isRegularFile(beside)
                && Files.getLastModifiedTime(beside).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            archive = beside;
            command.add("-XX:SharedArchiveFile=" + beside);
        } else {
            archive = cache.resolve("cds").resolve(key(jar, jvm) + ".jsa");
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                Files.createDirectories(archive.getParent());
                // Written under a name of its own and moved into place once complete, so two first starts at once
                // never leave a half-written archive where the next start would read it.
                written = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
                command.add("-XX:ArchiveClassesAtExit=" + written);
            }
        }
        command.addAll(arguments);
        return Optional.of(new Plan(List.copyOf(command), Map.copyOf(environment), written, archive));
    }

    /**
     * The plan for this very process (see {@link #plan}); empty when there is none or it cannot be made (a cache
     * folder that cannot be written: then the console simply starts in this JVM).
     */
    static Optional<Plan> forThisProcess(String[] appArgs) {
        try {
            ProcessHandle.Info info = ProcessHandle.current().info();
            if (info.command().isEmpty() || info.arguments().isEmpty()) {
                return Optional.empty();
            }
            return plan(info.command().get(), List.of(info.arguments().get()), appArgs, thisJar(), cacheFolder(),
                    thisJvm(),
                    System.getProperty(MARK) != null,
                    ProcessAge.startedEpochMillis(),
                    consoleEnvironment(System.getenv()));
        } catch (IOException | RuntimeException e) {
            log().log(Level.DEBUG, "starting without a tuned JVM: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * What a console's JVM's environment adds to {@code environment}, as the launcher scripts add it: GTK without
     * OpenGL on a machine without a graphics device ({@link SoftwareScreen}), and no D-Bus session bus where none
     * can be reached or started ({@link NoSessionBus}). GTK reads both as it starts, so they are set before the JVM.
     */
    static Map<String, String> consoleEnvironment(Map<String, String> environment) {
        Map<String, String> added = new HashMap<>(SoftwareScreen.environmentFor(environment, SoftwareScreen.DEVICES));
        added.putAll(NoSessionBus.environmentFor(environment, NoSessionBus.BUILT_IN_LAUNCHER));
        return Map.copyOf(added);
    }

    /** The jar this class came from, or null when not run from a jar. */
    static Path thisJar() {
        CodeSource source = TunedJvm.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            return where.toString().endsWith(".jar") && Files.isRegularFile(where) ? where : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Names this JVM's build, for what is kept per JVM (a class-data archive, a start picture). */
    static String thisJvm() {
        return System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
    }

    /** The user's cache folder for Sitrep. */
    static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("sitrep");
    }

    /** Whether these arguments open the window (none, or only the console's own options), not a subcommand. */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (WITH_VALUE.contains(name)) {
                if (!a.contains("=")) {
                    i++;
                }
            } else if (name.equals("--drill") && !a.contains("=") && i + 1 < args.length
                    && !args[i + 1].startsWith("-")) {
                i++; // --drill takes a file, or nothing for the built-in drill
            } else if (!WITHOUT_VALUE.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The archive's name: the jar's path, size and time, and the JVM build. Two checksums, not a digest: the first
     * use of MessageDigest costs this JVM 25 ms, added to every start; a collision costs only an archive the JVM
     * refuses (it checks the jar itself).
     */
    static String key(Path jar, String jvm) throws IOException {
        String id = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + jvm;
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return hex8(crc.getValue()) + hex8(id.hashCode() & 0xffffffffL);
    }

    /** Eight hex digits, leading zeros kept (not String.format: its first use is slow too). */
    private static String hex8(long value) {
        return Long.toHexString((1L << 32) | value).substring(1);
    }

    /** Starts the second JVM, waits for it, keeps the archive it wrote; its exit code, or -1 when it could not start. */
    static int run(Plan plan) {
        Process process;
        try {
            ProcessBuilder second = new ProcessBuilder(plan.command()).inheritIO();
            second.environment().putAll(plan.environment());
            process = second.start();
        } catch (IOException e) {
            log().log(Level.WARNING, "could not start a tuned JVM, starting here: " + e.getMessage());
            return -1;
        }
        // Stopped by a signal (Ctrl+C reaches both JVMs, a kill only this one): the second JVM is stopped too and
        // given the time to write its archive, which is then kept as on a normal way out.
        Thread onSignal = new Thread(() -> {
            process.destroy();
            try {
                if (process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    keep(plan, process.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-tuned-jvm-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
            return code; // a signal stopped both JVMs: the hook keeps the archive
        }
        keep(plan, code);
        return code;
    }

    /**
     * Keeps the archive of a console that ran and was closed (or stopped by a signal); one from a run that failed or
     * only printed a usage error holds the wrong classes, and would be used by every later start: it goes.
     */
    private static void keep(Plan plan, int exitCode) {
        Path written = plan.writtenArchive();
        if (written == null || !Files.exists(written)) {
            return;
        }
        boolean ranAndClosed = exitCode == 0 || exitCode == STOPPED_BY_INTERRUPT || exitCode == STOPPED_BY_TERMINATE;
        try {
            if (ranAndClosed && Files.size(written) > 0) {
                Files.move(written, plan.archive(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                return;
            }
        } catch (IOException e) {
            log().log(Level.DEBUG, "no class-data archive kept: " + e.getMessage());
        }
        try {
            Files.deleteIfExists(written);
        } catch (IOException e) {
            log().log(Level.DEBUG, "could not remove " + written + ": " + e.getMessage());
        }
    }
}
