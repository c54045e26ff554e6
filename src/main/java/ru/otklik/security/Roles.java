package ru.otklik.security;

import java.util.Set;

/** The role names that tokens carry (realm_access.roles or groups); the only place they are spelled. */
public final class Roles {

    /** A citizen or a company representative logged in on the portal. */
    public static final String CLIENT = "client";
    /** Registers messages, answers the consultation line. */
    public static final String OPERATOR = "operator";
    /** Prepares answers to the messages assigned to them. */
    public static final String EXECUTOR = "executor";
    /** Head of a department: assigns, extends terms, sees reports. */
    public static final String HEAD = "head";
    /** Edits the knowledge base of their department. */
    public static final String KB_EDITOR = "kb_editor";
    /** Administers the installation: calendar, users, settings. */
    public static final String ADMIN = "admin";

    /** Everyone who works in the department and may see clients' personal data. */
    public static final Set<String> STAFF = Set.of(OPERATOR, EXECUTOR, HEAD, ADMIN);

    private Roles() {
    }
}
