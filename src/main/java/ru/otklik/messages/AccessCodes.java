package ru.otklik.messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Secret codes that let a client check a message's status without logging in. Ten characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L) give about 49 bits; only a salted
 * SHA-256 is stored, and failed guesses are throttled, so the stored value is no shortcut.
 */
final class AccessCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private AccessCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** {@code sha256$<salt>$<hash>}, both Base64; the prefix leaves room for a stronger scheme later. */
    static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "sha256$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(digest(salt, normalise(code)));
    }

    /** Constant-time comparison; a code typed in lower case or with spaces and dashes still matches. */
    static boolean matches(String code, String stored) {
        if (code == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !parts[0].equals("sha256")) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        return MessageDigest.isEqual(Base64.getDecoder().decode(parts[2]), digest(salt, normalise(code)));
    }

    static String normalise(String code) {
        return SEPARATORS.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
