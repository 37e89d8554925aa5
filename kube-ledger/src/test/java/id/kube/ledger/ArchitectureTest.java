package id.kube.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kube.ledger");

    @Test
    void theLedgerKnowsNothingOfSpringOrVaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..").check(LEDGER);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.kube.ledger.(*)..").should().beFreeOfCycles().check(LEDGER);
    }

    @Test
    void generatedJooqRecordsNeverLeaveThePersistenceAdapters() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("id.kube.ledger.persistence.jooq..")
                .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage("id.kube.ledger.persistence.jooq.."))
                .check(LEDGER);
    }
}
