package ru.otklik.clients;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/** Client phone numbers in E.164; numbers written the Russian way ("8 913 …") are read as +7. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static Optional<String> toE164(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(phone, "RU");
            if (PHONES.isValidNumber(parsed)) {
                return Optional.of(PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // not a number at all: same answer as an invalid one
        }
        return Optional.empty();
    }
}
