package ru.otklik.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import ru.otklik.messages.api.MessageReceipt;

/**
 * Registers submissions that arrive together in one transaction. A submission waits in a queue;
 * a runner takes everything waiting (up to {@code max-size}), stores it with one commit and only
 * then answers each caller — so a receipt still means the message is durably stored, and a
 * crash before the commit leaves callers without an answer to retry, as before. No submission
 * waits for others to arrive: a group is whatever queued while the previous one was committing.
 * <p>
 * One failing registration must not fail its neighbours: if the group's transaction fails, each
 * of its submissions is registered again on its own, and only the one at fault gets the error.
 */
@ApplicationScoped
class IntakeGroups {

    private static final Logger LOG = Logger.getLogger(IntakeGroups.class);

    private final Registrar registrar;
    private final IntakeConfig config;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final List<Thread> runners = new ArrayList<>();
    private final DistributionSummary sizes;
    private final Counter retriedAlone;
    private volatile boolean open;

    IntakeGroups(Registrar registrar, IntakeConfig config, MeterRegistry meters) {
        this.registrar = registrar;
        this.config = config;
        this.sizes = DistributionSummary.builder("otklik.intake.group.size")
                .description("Submissions registered in one transaction").register(meters);
        this.retriedAlone = Counter.builder("otklik.intake.group.retried")
                .description("Submissions registered again on their own after their group's transaction failed")
                .register(meters);
        Gauge.builder("otklik.intake.waiting", queue, BlockingQueue::size)
                .description("Submissions waiting for a group").register(meters);
    }

    /**
     * A submission in the queue. {@code preparation} makes it ready again for a registration on
     * its own: the entities of a rolled-back attempt are not reused.
     */
    private record Waiting(Registrar.Prepared prepared, Supplier<Registrar.Prepared> preparation,
            CompletableFuture<MessageReceipt> answer) {
    }

    void start(@Observes StartupEvent event) {
        if (config.groupRunners() < 1) {
            return;
        }
        open = true;
        for (int i = 0; i < config.groupRunners(); i++) {
            Thread t = new Thread(this::run, "intake-group-" + (i + 1));
            t.setDaemon(true);
            runners.add(t);
            t.start();
        }
    }

    /** Waiting submissions are still registered and answered; new ones are registered on their own. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        open = false;
        for (Thread t : runners) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /**
     * Registers one submission, in a group if runners are on; returns once it is committed.
     * {@code preparation} runs on the caller's thread, so the work that needs no database is
     * spread over the request threads, not done one by one in the group's transaction.
     */
    MessageReceipt register(Supplier<Registrar.Prepared> preparation) {
        if (!open) {
            return alone(preparation.get());
        }
        Waiting w = new Waiting(preparation.get(), preparation, new CompletableFuture<>());
        queue.add(w);
        if (!open && queue.remove(w)) {
            // shutting down, and the runners may have left before this one was queued
            return alone(w.prepared());
        }
        try {
            return w.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the submission was being registered", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Registration failed", e.getCause());
        }
    }

    private void run() {
        List<Waiting> group = new ArrayList<>(config.groupMaxSize());
        while (open || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, config.groupMaxSize() - 1);
                registerGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                // Nobody may be left waiting forever, whatever went wrong.
                group.forEach(w -> w.answer().completeExceptionally(t));
            } finally {
                group.clear();
            }
        }
    }

    private void registerGroup(List<Waiting> group) {
        sizes.record(group.size());
        List<Registrar.Outcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew()
                    .call(() -> registrar.registerAll(group.stream().map(Waiting::prepared).toList()));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(e);
                return;
            }
            LOG.warnf("A group of %d registrations failed (%s); registering each on its own", group.size(), rootCause(e));
            retriedAlone.increment(group.size());
            for (Waiting w : group) {
                try {
                    w.answer().complete(alone(w.preparation().get()));
                } catch (RuntimeException own) {
                    w.answer().completeExceptionally(own);
                }
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Registrar.Outcome o = outcomes.get(i);
            if (o.problem() != null) {
                group.get(i).answer().completeExceptionally(o.problem());
            } else {
                group.get(i).answer().complete(o.receipt());
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + " caused by " + root;
    }

    private MessageReceipt alone(Registrar.Prepared prepared) {
        Registrar.Outcome o = QuarkusTransaction.requiringNew().call(() -> registrar.registerAll(List.of(prepared)).get(0));
        if (o.problem() != null) {
            throw o.problem();
        }
        return o.receipt();
    }
}
