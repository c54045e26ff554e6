package ru.otklik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "declare who may call it, on the method or its class") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!declaresAccess(method) && !declaresAccess(method.getOwner())) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " does not say who may call it"));
                        }
                    }
                })
                .check(CLASSES);
    }

    private static boolean declaresAccess(com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
        return element.isAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                || element.isAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                || element.isAnnotatedWith(jakarta.annotation.security.DenyAll.class)
                || element.isAnnotatedWith(io.quarkus.security.Authenticated.class);
    }

    @Test
    void resourcesDoNotTouchRepositoriesDirectly() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    /** What other features may use of notifications: its service and the values a notice is made of. */
    private static final Set<String> NOTIFICATIONS_DOOR = Set.of("NotificationService", "Notice", "Addressee",
            "ChannelChoice", "ChannelMandate", "DeliveryChannel", "NotificationKind", "CallWindow", "NotificationSent");

    @Test
    void otherFeaturesReachNotificationsOnlyThroughItsService() {
        noClasses().that().resideOutsideOfPackage("ru.otklik.notifications..")
                .should().dependOnClassesThat(DescribedPredicate.describe("notifications' internals",
                        (JavaClass c) -> c.getPackageName().startsWith("ru.otklik.notifications")
                                && !NOTIFICATIONS_DOOR.contains(topLevel(c).getSimpleName())))
                .check(CLASSES);
    }

    @Test
    void notificationsKnowNothingOfTheFeaturesThatSendThem() {
        noClasses().that().resideInAPackage("ru.otklik.notifications..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.otklik.messages..")
                .check(CLASSES);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
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

    /** Messages use the client registry (channels, contacts, links), never the other way round. */
    @Test
    void clientsKnowNothingOfMessages() {
        noClasses().that().resideInAPackage("ru.otklik.clients..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.otklik.messages..")
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
