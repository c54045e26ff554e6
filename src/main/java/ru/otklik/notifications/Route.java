package ru.otklik.notifications;

/** One channel a notice goes by, and why. */
public record Route(DeliveryChannel channel, RouteRole role, String address) {
}
