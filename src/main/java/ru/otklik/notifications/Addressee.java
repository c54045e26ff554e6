package ru.otklik.notifications;

import java.util.List;

/**
 * Who a notice is for and every contact they gave, so the channel rules can pick and staff can
 * re-route later. {@code clientSubject} is the portal login (OIDC subject), if any.
 */
public record Addressee(String name, String email, String phone, String postalAddress, String clientSubject,
        List<CallWindow> callWindows) {

    public Addressee {
        callWindows = callWindows == null ? List.of() : List.copyOf(callWindows);
    }

    public Addressee(String name, String email, String phone, String postalAddress, String clientSubject) {
        this(name, email, phone, postalAddress, clientSubject, List.of());
    }

    /** The address on {@code channel}, or null when the client gave none for it. */
    public String addressFor(DeliveryChannel channel) {
        String address = switch (channel) {
            case EMAIL -> email;
            case SMS, PHONE -> phone;
            case POST -> postalAddress;
            case PORTAL -> clientSubject;
        };
        return address == null || address.isBlank() ? null : address.strip();
    }
}
