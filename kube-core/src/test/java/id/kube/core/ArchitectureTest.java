package id.kube.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kube.core");

    @Test
    void kubeCoreKnowsNothingOfSpringOrVaadin() {
        noClasses().that().resideInAPackage("id.kube.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(CORE);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.kube.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void generatedJooqClassesStayInsideThePersistenceAdapters() {
        noClasses().that().resideInAPackage("id.kube.core..")
                .and().resideOutsideOfPackage("id.kube.core.persistence.jooq..")
                .and().haveSimpleNameNotStartingWith("Jooq")
                .and().doNotHaveSimpleName("AuditTrail")
                .should().dependOnClassesThat().resideInAPackage("id.kube.core.persistence.jooq..")
                .check(CORE);
    }

    @Test
    void featuresDoNotDependOnTheWiring() {
        noClasses().that().resideInAPackage("id.kube.core.(*)..")
                .should().dependOnClassesThat().haveFullyQualifiedName(KubeCore.class.getName())
                .check(CORE);
    }
}
