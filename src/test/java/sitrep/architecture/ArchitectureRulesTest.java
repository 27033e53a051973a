package sitrep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code, checked on the compiled classes (so a fully qualified name, a static import or a
 * lambda's target counts as much as an import line). Every rule here must pass with no frozen exception:
 * a violation is fixed by moving the class, never by listing it.
 */
@AnalyzeClasses(packages = "sitrep", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class, ImportOption.DoNotIncludeArchives.class})
class ArchitectureRulesTest {

    /**
     * ui -> {source, incident, postmortem, panels, chart} -> domain; app wires everything and nothing
     * depends on it. {@code replay} (drills and recordings played back) is a service like its neighbours.
     * The foundation, {@code concurrent} (the thread factory, the background-task helper) and {@code json}
     * (the shared Gson, the path-aware reader), serves every layer but domain and depends on none. The middle packages may use each other (the postmortem reads the incident, panels
     * query Prometheus) as long as no package cycle forms, which {@link #noCyclesBetweenPackages} checks.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("sitrep.app..")
            .layer("ui").definedBy("sitrep.ui..")
            .layer("services").definedBy("sitrep.source..", "sitrep.incident..", "sitrep.postmortem..",
                    "sitrep.panels..", "sitrep.chart..", "sitrep.replay..")
            .layer("domain").definedBy("sitrep.domain..")
            .layer("foundation").definedBy("sitrep.concurrent..", "sitrep.json..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("services").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("services", "ui", "app")
            .whereLayer("foundation").mayOnlyBeAccessedByLayers("services", "ui", "app");

    /** Every package under sitrep is a slice of its own, so parent and child packages and siblings count. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("sitrep.(**)")
            .as("packages of sitrep, each on its own").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("sitrep.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "okio..",
                    "com.google.gson..", "org.jfree..", "org.controlsfx..", "atlantafx..", "picocli..")
            .as("domain imports no toolkit, HTTP or JSON library");

    @ArchTest
    static final ArchRule lowerLayersDrawNoScene = noClasses().that().resideInAnyPackage("sitrep.source..",
                    "sitrep.incident..", "sitrep.postmortem..", "sitrep.panels..", "sitrep.domain..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .as("source, incident, postmortem, panels and domain never touch the scene graph");

    @ArchTest
    static final ArchRule viewModelsHoldStateNotNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .and().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .as("view models are tested without the toolkit: no javafx.scene");

    /** The chart engine also serves the command line (HTML export), where no toolkit starts. */
    @ArchTest
    static final ArchRule chartEngineImportsNoJavaFx = noClasses().that().resideInAPackage("sitrep.chart..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .as("the chart engine (sitrep.chart) imports no JavaFX");

    /** The Grafana importer and exporter are plain Java, used by the window and by `sitrep panels` alike. */
    @ArchTest
    static final ArchRule grafanaImportIsPlainJava = noClasses().that().resideInAPackage("sitrep.panels.grafana..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "picocli..",
                    "sitrep.app..", "sitrep.ui..", "sitrep.source..")
            .as("the Grafana import imports no toolkit, HTTP, console or source");

    /** The engine knows specs, series and pixels; what they show (sources, panels, incidents) is its callers'. */
    @ArchTest
    static final ArchRule chartEngineStandsAlone = noClasses().that().resideInAPackage("sitrep.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("sitrep.app..", "sitrep.ui..", "sitrep.source..",
                    "sitrep.incident..", "sitrep.postmortem..", "sitrep.panels..")
            .as("the chart engine depends on no sitrep package but domain");

    @ArchTest
    static final ArchRule viewModelsLiveInUi = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().resideInAPackage("sitrep.ui..")
            .as("view models live in ui");

    /** CLI commands print through picocli's writers; everything else logs through System.Logger. */
    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .as("the app never prints to System.out or System.err nor prints stack traces");
}
