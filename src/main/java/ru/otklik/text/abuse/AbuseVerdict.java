package ru.otklik.text.abuse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The outcome of abuse screening: the most serious category found and all the evidence (§9). */
public record AbuseVerdict(AbuseCategory verdict, List<AbuseFinding> findings) {

    public static final AbuseVerdict CLEAN = new AbuseVerdict(AbuseCategory.NONE, List.of());

    /** Whether §9 applies: the message is not considered on the merits and a notice goes out. */
    public boolean inadmissible() {
        return verdict != AbuseCategory.NONE;
    }

    /** Every category with at least one finding (a message can be obscene and threatening at once). */
    public Set<AbuseCategory> categories() {
        Set<AbuseCategory> all = new TreeSet<>();
        for (AbuseFinding f : findings) {
            all.add(f.category());
        }
        return all;
    }
}
