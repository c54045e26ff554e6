package ru.otklik.clients;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds client cards as the staff screen or the profile form sends them. */
public final class ClientFixtures {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ClientFixtures() {
        body.put("type", "person");
        body.put("name", "Петров Игорь Сергеевич");
        body.put("email", "igor@example.org");
        body.put("preferredChannel", "email");
    }

    public static ClientFixtures aPerson() {
        return new ClientFixtures();
    }

    /** An organisation with a fresh valid INN and a valid OGRN. */
    public static ClientFixtures aCompany() {
        return new ClientFixtures().with("type", "legal_entity").with("name", "ООО «Сибирский участок»")
                .with("inn", TaxIdFixtures.uniqueOrganisationInn()).with("ogrn", TaxIdFixtures.ogrn("102540000001"));
    }

    public ClientFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public ClientFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }
}
