package ru.otklik.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs a real PostgreSQL from Maven-supplied binaries for local runs on a machine without one:
 * {@code EmbeddedPostgresServer <port> <data-dir> <database>}. Data survives restarts; the
 * server stops with this process.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        String database = args[2];
        Files.createDirectories(dataDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                s.execute("create database \"" + database + "\"");
            }
        }
        System.out.println("PostgreSQL ready on port " + port + ", database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }
}
