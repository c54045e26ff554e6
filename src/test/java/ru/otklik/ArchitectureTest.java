package ru.otklik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Keeps the package-by-feature layout honest as features are added. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.otklik");

    @Test
    void sharedCodeDependsOnNoFeature() {
        noClasses().that().resideInAPackage("ru.otklik.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("ru.otklik.shared..", "java..", "jakarta..",
                        "io.quarkus..", "io.vertx..", "com.fasterxml..", "org.eclipse.microprofile..", "org.jboss..")
                .check(CLASSES);
    }

    @Test
    void resourcesNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "no @Entity", type -> !type.isAnnotatedWith(Entity.class)))
                .check(CLASSES);
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .and().areNotStatic()
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.DenyAll.class)
                .orShould().beAnnotatedWith(io.quarkus.security.Authenticated.class)
                .check(CLASSES);
    }

    @Test
    void resourcesDoNotTouchRepositoriesDirectly() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void otherFeaturesReachKnowledgeOnlyThroughItsServicesAndRecords() {
        noClasses().that().resideOutsideOfPackage("ru.otklik.knowledge..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "knowledge internals (anything but its services, enums and api records)",
                        type -> type.getPackageName().startsWith("ru.otklik.knowledge")
                                && !type.getPackageName().equals("ru.otklik.knowledge.api")
                                && !type.getSimpleName().endsWith("Service")
                                && !type.isEnum()))
                .check(CLASSES);
    }

    @Test
    void knowledgeDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("ru.otklik.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.otklik.messages..", "ru.otklik.clients..",
                        "ru.otklik.calendar..", "ru.otklik.portal..")
                .check(CLASSES);
    }

    @Test
    void calendarIsIndependentOfTheFeaturesThatUseIt() {
        noClasses().that().resideInAPackage("ru.otklik.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.otklik.messages..", "ru.otklik.clients..")
                .check(CLASSES);
    }
}
