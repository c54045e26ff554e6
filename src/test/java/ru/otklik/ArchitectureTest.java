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
    void resourcesDoNotTouchRepositoriesDirectly() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void calendarIsIndependentOfTheFeaturesThatUseIt() {
        noClasses().that().resideInAPackage("ru.otklik.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.otklik.messages..", "ru.otklik.clients..")
                .check(CLASSES);
    }

    @Test
    void textAnalysersArePureJava() {
        noClasses().that().resideInAnyPackage("ru.otklik.text.abuse..", "ru.otklik.text.urgency..", "ru.otklik.text.plain..",
                        "ru.otklik.text.topic..", "ru.otklik.text.lang..")
                .should().dependOnClassesThat().resideOutsideOfPackages("ru.otklik.text..", "java..", "morfologik..")
                .check(CLASSES);
    }

    @Test
    void textAnalysisDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("ru.otklik.text..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.otklik.messages..", "ru.otklik.clients..",
                        "ru.otklik.calendar..", "ru.otklik.portal..")
                .check(CLASSES);
    }
}
