package ru.otklik.bench;

import java.nio.file.Path;

/** Evaluation of the analysers other than abuse screening. */
final class Extras {
    private Extras() {
    }

    static void run(Path root, Path data) {
    }
}
