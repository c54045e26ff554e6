package ru.otklik.text.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian lemmas and grammatical tags from the AOT-derived {@code russian.dict} shipped in
 * LanguageTool's Russian module (LGPL 2.1, see NOTICE.md), read with morfologik.
 * Loaded once per JVM; lookups are cached because appeals repeat the same vocabulary.
 */
public final class RussianMorphology {

    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    private static final int CACHE_LIMIT = 100_000;

    private static final class Holder {
        static final RussianMorphology INSTANCE = new RussianMorphology(load());
    }

    private final Dictionary dictionary;
    // DictionaryLookup keeps per-call buffers, so each thread gets its own over the shared FSA
    private final ThreadLocal<DictionaryLookup> lookup;
    private final ConcurrentHashMap<String, List<Lemma>> cache = new ConcurrentHashMap<>();

    private RussianMorphology(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    public static RussianMorphology get() {
        return Holder.INSTANCE;
    }

    private static Dictionary load() {
        URL url = RussianMorphology.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("Russian dictionary " + DICTIONARY + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("Russian dictionary could not be read", e);
        }
    }

    /** Every reading of a word form; empty when the dictionary does not know it. */
    public List<Lemma> lemmas(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > 40) {
            return List.of();
        }
        List<Lemma> known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<Lemma> found = new ArrayList<>(2);
        for (WordData data : lookup.get().lookup(key)) {
            String lemma = String.valueOf(data.getStem()).replace('ё', 'е');
            CharSequence tag = data.getTag();
            found.add(new Lemma(lemma, tag == null ? "" : tag.toString()));
        }
        List<Lemma> result = List.copyOf(found);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, result);
        return result;
    }

    public boolean knows(String word) {
        return !lemmas(word).isEmpty();
    }

    /** The first dictionary lemma, or the word itself (lower-cased, ё as е) when unknown. */
    public String lemma(String word) {
        List<Lemma> all = lemmas(word);
        return all.isEmpty() ? word.toLowerCase(Locale.ROOT).replace('ё', 'е') : all.get(0).lemma();
    }

    /** One reading of a word form: its lemma and the dictionary's tag (e.g. {@code VB:Fut:PFV:Sin:P1}). */
    public record Lemma(String lemma, String tag) {
        public boolean isNoun() {
            return tag.startsWith("NN");
        }

        public boolean isVerb() {
            return tag.startsWith("VB");
        }
    }
}
