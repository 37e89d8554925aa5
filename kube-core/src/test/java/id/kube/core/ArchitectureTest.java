package id.kube.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private static final String GENERATED = "id.kube.core.persistence.jooq..";

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
    void generatedJooqTypesNeverLeaveThePersistenceAdapters() {
        DescribedPredicate<JavaClass> generated = JavaClass.Predicates.resideInAPackage(GENERATED);
        methods().that().arePublic().or().areProtected()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(GENERATED)
                .should().notHaveRawReturnType(generated)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.anyElementThat(generated))
                .check(CORE);
        noClasses().that().resideOutsideOfPackage(GENERATED)
                .and().areRecords().or().areEnums().or().areInterfaces()
                .should().dependOnClassesThat().resideInAPackage(GENERATED)
                .because("domain types and ports know nothing of the tables; only adapters do")
                .check(CORE);
    }

    @Test
    void featuresDoNotDependOnTheWiring() {
        noClasses().that().resideInAPackage("id.kube.core.(*)..")
                .should().dependOnClassesThat().haveFullyQualifiedName(KubeCore.class.getName())
                .check(CORE);
    }
}
