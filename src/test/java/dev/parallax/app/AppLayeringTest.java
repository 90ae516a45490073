package dev.parallax.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The window's layers (STYLE.md): view-models know no nodes, views do not align, the engine knows no app. */
class AppLayeringTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parallax");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().resideInAPackage("dev.parallax.app.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..",
                        "org.controlsfx..", "dev.parallax.app.view..")
                .check(classes);
    }

    @Test
    void viewsDoNotRunTheAligner() {
        noClasses().that().resideInAPackage("dev.parallax.app.view..")
                .should().dependOnClassesThat().resideInAPackage("dev.parallax.engine.align..")
                .check(classes);
    }

    @Test
    void theEngineDoesNotKnowTheWindow() {
        noClasses().that().resideInAPackage("dev.parallax.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "dev.parallax.app..")
                .check(classes);
    }
}
