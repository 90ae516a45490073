package dev.parallax.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a headless library: the CLI, the window, tests and a future distributed job share it. */
class EngineIsHeadlessTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parallax");

    @Test
    void engineImportsNothingFromJavaFxRichTextFxControlsFxOrTheApp() {
        noClasses().that().resideInAPackage("dev.parallax.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "dev.parallax.app..", "dev.parallax.cli..", "com.sun.javafx..")
                .check(PRODUCTION);
    }

    @Test
    void theCommandLineDoesNotNeedTheWindowToCompare() {
        noClasses().that().resideInAPackage("dev.parallax.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(PRODUCTION);
    }
}
