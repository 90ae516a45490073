package dev.parallax.engine.corpus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scan is headless (so it can run in the CLI and on a cluster): no UI imports in the corpus package. */
class CorpusLayeringTest {

    @Test
    void theScanImportsNoUiCode() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parallax.engine.corpus");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "dev.parallax.app..", "dev.parallax.cli..")
                .check(classes);
    }
}
