package ru.otklik.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static ru.otklik.notifications.DeliveryChannel.EMAIL;
import static ru.otklik.notifications.DeliveryChannel.PHONE;
import static ru.otklik.notifications.DeliveryChannel.PORTAL;
import static ru.otklik.notifications.DeliveryChannel.POST;
import static ru.otklik.notifications.DeliveryChannel.SMS;

import java.util.List;

import org.junit.jupiter.api.Test;
import ru.otklik.shared.problem.ProblemException;

/** §3, §11, §15, §38: which channels a notice goes by. */
class ChannelRulesTest {

    private static final Addressee EVERY_CONTACT = new Addressee("Иванова Мария Петровна", "maria@example.org",
            "+79131234567", "630007, г. Новосибирск, ул. Кирова, д. 3, кв. 5", "maria-portal");

    @Test
    void withoutALegalMandateOnlyThePreferredChannelIsUsed() {
        List<Route> routes = ChannelRules.routes(new ChannelChoice(SMS, EMAIL), ChannelMandate.NONE, EVERY_CONTACT);

        assertThat(routes).extracting(Route::channel, Route::role, Route::address)
                .containsExactly(tuple(SMS, RouteRole.PRIMARY, "+79131234567"));
    }

    @Test
    void mandatedChannelChosenByTheClientIsDuplicatedOnTheAdditionalOne() {
        List<Route> routes = ChannelRules.routes(new ChannelChoice(EMAIL, SMS), ChannelMandate.WRITTEN_ANSWER,
                EVERY_CONTACT);

        assertThat(routes).extracting(Route::channel, Route::role)
                .containsExactly(tuple(EMAIL, RouteRole.PRIMARY), tuple(SMS, RouteRole.DUPLICATE));
    }

    @Test
    void lawOverridingThePreferredChannelStillSendsACopyWhereTheClientAsked() {
        List<Route> routes = ChannelRules.routes(new ChannelChoice(PORTAL, PHONE), ChannelMandate.WRITTEN_ANSWER,
                EVERY_CONTACT);

        assertThat(routes).extracting(Route::channel, Route::role).containsExactly(
                tuple(EMAIL, RouteRole.PRIMARY), tuple(PORTAL, RouteRole.DUPLICATE), tuple(PHONE, RouteRole.DUPLICATE));
    }

    @Test
    void mandatedAlternativesAreTakenInOrderOfTheContactsTheClientGave() {
        Addressee onlyPostal = new Addressee("Пётр", null, "+79131234567", "630007, г. Новосибирск", null);

        List<Route> routes = ChannelRules.routes(ChannelChoice.only(SMS), ChannelMandate.WRITTEN_ANSWER, onlyPostal);

        assertThat(routes).extracting(Route::channel, Route::role)
                .containsExactly(tuple(POST, RouteRole.PRIMARY), tuple(SMS, RouteRole.DUPLICATE));
    }

    @Test
    void additionalChannelSameAsTheMandatedOneIsNotSentTwice() {
        List<Route> routes = ChannelRules.routes(new ChannelChoice(SMS, EMAIL), ChannelMandate.WRITTEN_ANSWER,
                EVERY_CONTACT);

        assertThat(routes).extracting(Route::channel).containsExactly(EMAIL, SMS);
    }

    @Test
    void aChannelWithoutItsContactIsRefusedNamingTheMissingField() {
        Addressee noPhone = new Addressee("Пётр", "petr@example.org", null, null, null);

        assertThatThrownBy(() -> ChannelRules.routes(ChannelChoice.only(SMS), ChannelMandate.NONE, noPhone))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors()).extracting("field").containsExactly("phone");
                });
    }

    @Test
    void noContactForAnyMandatedChannelIsRefusedWithTheLegalBasis() {
        Addressee phoneOnly = new Addressee("Пётр", null, "+79131234567", null, null);

        assertThatThrownBy(() -> ChannelRules.routes(ChannelChoice.only(SMS), ChannelMandate.WRITTEN_ANSWER, phoneOnly))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().detail()).contains("59-ФЗ ст. 10 ч. 4");
                    assertThat(e.problem().errors()).extracting("field").containsExactly("email", "postalAddress");
                });
    }
}
