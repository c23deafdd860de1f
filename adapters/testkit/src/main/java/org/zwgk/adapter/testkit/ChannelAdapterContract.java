package org.zwgk.adapter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * The channel SPI contract. Extend it in your adapter's tests, implement the abstract hooks, and every test here
 * runs against your adapter:
 *
 * <ul>
 *   <li>idempotency: the same key delivered twice leaves one public copy and yields the same remote id;</li>
 *   <li>withdrawal after publication, repeated withdrawal, and the documented rule for unknown items;</li>
 *   <li>error typing: each {@link FailureCase} surfaces as a {@link ChannelException} of the expected kind;</li>
 *   <li>no secret in {@code toString()} of the provider, the configuration, the adapter, or any error;</li>
 *   <li>information marked 依申请公开 or 不予公开 can never be handed to an adapter;</li>
 *   <li>a thread-safety smoke test: concurrent deliveries, some sharing a key;</li>
 *   <li>refresh (SPI 1.1): without {@link ChannelCapability#REFRESH} it is the default (nothing); with it, asking
 *       about an accepted publication never delivers it again;</li>
 *   <li>ordering (SPI 1.2): a message with a lower sequence than one the channel applied for the item is dropped
 *       without failing, with a receipt whose details say {@value #STALE} = {@code true} — an older version arriving
 *       after a newer one leaves the newer one public, a publication arriving after the withdrawal (even a withdrawal
 *       of an item the channel never saw) leaves nothing public; an equal sequence is an idempotent repeat; sequence
 *       0 (not given) is applied;</li>
 *   <li>the provider's declared keys, SPI version and configuration validation.</li>
 * </ul>
 *
 * <p>Adapters are created lazily (on the first call of {@link #adapter()}), after the subclass's own
 * {@code @BeforeEach} has started its local server or temp directory.
 */
public abstract class ChannelAdapterContract {

    /** What an adapter does when asked to withdraw an item it never delivered. Document it in your README. */
    public enum UnknownWithdrawal {
        /** Succeeds with a receipt and changes nothing. */
        NO_OP,
        /** Throws a {@link ChannelException} of a non-retryable kind. */
        ERROR
    }

    /** Receipt detail of a message dropped because the channel applied a higher sequence for the item (SPI 1.2). */
    public static final String STALE = "stale";

    private ChannelAdapter adapter;
    private final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();

    /** The provider under test. */
    protected abstract ChannelProvider provider();

    /** A complete, valid configuration (including secret values) pointing at the local test remote. */
    protected abstract ChannelConfig validConfig();

    /** How many public copies of {@code p}'s item the remote holds now (0 when none). */
    protected abstract int publicCopies(Publication p) throws Exception;

    /** Whether the remote now shows {@code p}'s item as withdrawn (a notice, a deletion, a withdrawal record). */
    protected abstract boolean isWithdrawn(Publication p) throws Exception;

    /**
     * Whether the remote now presents {@code p}'s version of the item as its current public content: published, not
     * withdrawn, and not replaced by another version (check something that differs between versions — the sample
     * titles do). Since SPI 1.2.
     */
    protected abstract boolean isCurrent(Publication p) throws Exception;

    /** The documented rule for withdrawing an unknown item. */
    protected abstract UnknownWithdrawal unknownWithdrawal();

    /** Every secret value in {@link #validConfig()} (and any token the remote hands out). */
    protected abstract List<String> secretValues();

    /** Ways to make the adapter fail, each with the kind it must report. At least one is required. */
    protected abstract List<FailureCase> failureCases();

    /** The clock adapters are built with. */
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    /** A valid publication for a fresh item; override when the channel needs something particular. */
    protected Publication samplePublication(String itemId) {
        return Samples.publication(itemId);
    }

    /** The adapter under test (created on first use, closed after each test). */
    protected final ChannelAdapter adapter() {
        if (adapter == null) {
            adapter = provider().create(validConfig(), clock());
        }
        return adapter;
    }

    protected final InMemoryDeliveryJournal journal() {
        return journal;
    }

    @AfterEach
    void closeAdapter() {
        if (adapter != null) {
            adapter.close();
            adapter = null;
        }
    }

    // ---------------------------------------------------------------- provider and configuration

    @Test
    void contract_providerDeclaresCompatibleSpiAndDocumentedKeys() {
        ChannelProvider p = provider();
        assertThat(SpiVersion.isCompatible(p.spiVersion())).as("SPI version %s", p.spiVersion()).isTrue();
        assertThat(p.id()).matches("[a-z][a-z0-9-]*");
        List<ConfigKey> keys = p.configKeys();
        assertThat(keys).isNotEmpty();
        assertThat(keys).extracting(ConfigKey::name).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("[a-z][a-z0-9.-]*"));
        assertThat(keys).allSatisfy(k -> assertThat(k.description()).isNotBlank());
        assertThat(adapter().channelId()).isEqualTo(p.id());
    }

    @Test
    void contract_validConfigurationValidatesCleanly() {
        assertThat(provider().validate(validConfig())).isEmpty();
    }

    @Test
    void contract_emptyConfigurationReportsEveryRequiredKeyAtOnce() {
        List<String> required = provider().configKeys().stream().filter(ConfigKey::required).map(ConfigKey::name)
                .toList();
        List<String> problems = provider().validate(ChannelConfig.of(Map.of()));
        for (String key : required) {
            assertThat(problems).as("problems for an empty configuration").anySatisfy(m -> assertThat(m).contains(key));
        }
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void contract_sameKeyTwiceGivesOnePublicCopyAndTheSameRemoteId() throws Exception {
        Publication p = samplePublication("contract-idem");
        Receipt first = adapter().publish(p, journal);
        Receipt second = adapter().publish(p, journal);
        assertThat(second.remoteId()).isEqualTo(first.remoteId());
        assertThat(second.publicUrl()).isEqualTo(first.publicUrl());
        assertThat(first.status()).isIn(DeliveryStatus.ACCEPTED, DeliveryStatus.LIVE);
        assertThat(publicCopies(p)).isEqualTo(1);
    }

    @Test
    void contract_sameKeyAfterAdapterRestartGivesOnePublicCopy() throws Exception {
        Publication p = samplePublication("contract-restart");
        Receipt first = adapter().publish(p, journal);
        closeAdapter(); // a new process: only the journal and the remote remember
        Receipt second = adapter().publish(p, journal);
        assertThat(second.remoteId()).isEqualTo(first.remoteId());
        assertThat(publicCopies(p)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- withdrawal

    @Test
    void contract_withdrawalAfterPublication() throws Exception {
        Publication p = samplePublication("contract-withdraw");
        adapter().publish(p, journal);
        assertThat(isWithdrawn(p)).isFalse();
        Withdrawal w = Samples.withdrawal(p);
        Receipt r = adapter().withdraw(w, journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(isWithdrawn(p)).isTrue();
        Receipt again = adapter().withdraw(w, journal);
        assertThat(again.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(again.remoteId()).isEqualTo(r.remoteId());
        assertThat(isWithdrawn(p)).isTrue();
    }

    @Test
    void contract_withdrawalOfUnknownItemFollowsTheDocumentedRule() throws Exception {
        Publication never = samplePublication("contract-never-published");
        Withdrawal w = Samples.withdrawal(never);
        if (unknownWithdrawal() == UnknownWithdrawal.NO_OP) {
            Receipt r = adapter().withdraw(w, journal);
            assertThat(r).isNotNull();
            assertThat(publicCopies(never)).isZero();
        } else {
            ChannelException e = catchThrowableOfType(ChannelException.class, () -> adapter().withdraw(w, journal));
            assertThat(e).as("withdrawing an unknown item must throw ChannelException").isNotNull();
            assertThat(e.isRetryable()).as("kind %s", e.kind()).isFalse();
            assertThat(publicCopies(never)).isZero();
        }
    }

    // ---------------------------------------------------------------- error typing

    @TestFactory
    Stream<DynamicTest> contract_failuresAreTyped() {
        List<FailureCase> cases = failureCases();
        assertThat(cases).as("at least one failure case").isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.expected(), () -> {
            c.arrange().run();
            Publication p = c.tweak().apply(samplePublication("contract-fail-" + Math.abs(c.name().hashCode())));
            ChannelException e = catchThrowableOfType(ChannelException.class, () -> adapter().publish(p, journal));
            assertThat(e).as("%s must throw ChannelException", c.name()).isNotNull();
            assertThat(e.kind()).as("%s: %s", c.name(), e.getMessage()).isEqualTo(c.expected());
            assertNoSecret(String.valueOf(e.getMessage()));
            assertNoSecret(e.rawPayload().orElse(""));
            assertNoSecret(String.valueOf(e));
        }));
    }

    // ---------------------------------------------------------------- secrets

    @Test
    void contract_noSecretInToStringOrJournal() throws Exception {
        adapter().publish(samplePublication("contract-secret"), journal);
        assertNoSecret(String.valueOf(provider()));
        assertNoSecret(String.valueOf(validConfig()));
        assertNoSecret(String.valueOf(adapter()));
        assertNoSecret(journal.dump());
        for (String problem : provider().validate(validConfig())) {
            assertNoSecret(problem);
        }
    }

    protected final void assertNoSecret(String text) {
        for (String s : secretValues()) {
            assertThat(s).as("secret values must be non-trivial for this test to mean anything").hasSizeGreaterThan(3);
            assertThat(text).as("text must not contain a secret").doesNotContain(s);
        }
    }

    // ---------------------------------------------------------------- attributes

    @Test
    void contract_withheldInformationCannotBeHandedToAnAdapter() throws Exception {
        Publication p = samplePublication("contract-withheld");
        for (DisclosureAttribute a : DisclosureAttribute.values()) {
            if (a.isPublicChannelAllowed()) {
                continue;
            }
            assertThatThrownBy(() -> new Publication(p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(),
                    p.title(), p.body(), a, p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(),
                    p.validity(), p.catalogue(), p.attachments()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(publicCopies(p)).isZero();
    }

    @Test
    void contract_partialDisclosureIsDelivered() throws Exception {
        Publication s = samplePublication("contract-partial");
        Publication p = new Publication(s.itemId(), s.version(), s.idempotencyKey(), s.indexNumber(), s.title(),
                s.body(), DisclosureAttribute.PARTIAL, s.publisher(), s.documentNumber(), s.formedOn(),
                s.publishedAt(), s.validity(), s.catalogue(), s.attachments());
        adapter().publish(p, journal);
        assertThat(publicCopies(p)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- refresh (SPI 1.1)

    @Test
    void contract_refreshOfAnAcceptedPublicationNeverDeliversAgain() throws Exception {
        Publication p = samplePublication("contract-refresh");
        Receipt first = adapter().publish(p, journal);
        Set<ChannelCapability> capabilities = adapter().capabilities();
        assertThat(capabilities).as("capabilities()").isNotNull();
        // What the dispatcher passes: the remote id and URL it recorded, status ACCEPTED, no details.
        Receipt recorded = new Receipt(first.remoteId(), first.publicUrl(), first.at(), DeliveryStatus.ACCEPTED,
                Map.of());
        Optional<Receipt> r = adapter().refresh(p.idempotencyKey(), recorded, journal);
        assertThat(r).as("refresh returns an Optional, never null").isNotNull();
        if (!capabilities.contains(ChannelCapability.REFRESH)) {
            assertThat(r).as("without REFRESH the dispatcher never asks, and refresh is the default: nothing "
                    + "(declare ChannelCapability.REFRESH if you implement it)").isEmpty();
        } else if (r.isPresent()) {
            assertThat(r.get().status()).as("a refreshed publication is still accepted or live")
                    .isIn(DeliveryStatus.ACCEPTED, DeliveryStatus.LIVE);
            Receipt again = adapter().refresh(p.idempotencyKey(), recorded, journal).orElseThrow();
            assertThat(again.status()).as("asking twice gives the same answer").isEqualTo(r.get().status());
            assertThat(again.remoteId()).as("asking twice gives the same answer").isEqualTo(r.get().remoteId());
        }
        assertThat(publicCopies(p)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- ordering (SPI 1.2)

    @Test
    void contract_anOlderVersionArrivingLateLeavesTheNewerOnePublic() throws Exception {
        Publication v1 = samplePublication("contract-order").withSequence(11);
        Publication v2 = sampleVersion("contract-order", 2, 12);
        Receipt applied = adapter().publish(v2, journal);
        assertThat(isStale(applied)).as("v2 applied, not stale").isFalse();
        Receipt late = adapter().publish(v1, journal); // v1 outlived its lease and arrives last
        assertThat(isStale(late)).as("the late v1's receipt says it was dropped: %s", late.details()).isTrue();
        assertThat(late.status()).isNotEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(isCurrent(v2)).as("v2 stays public").isTrue();
        assertThat(isCurrent(v1)).as("v1 never went public").isFalse();
        assertThat(publicCopies(v2)).isEqualTo(1);
    }

    @Test
    void contract_aPublicationArrivingAfterTheWithdrawalLeavesNothingPublic() throws Exception {
        Publication v1 = samplePublication("contract-late").withSequence(21);
        Publication v2 = sampleVersion("contract-late", 2, 22);
        adapter().publish(v1, journal);
        Receipt w = adapter().withdraw(Samples.withdrawal(v1, 2, 23), journal);
        assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        Receipt late = adapter().publish(v2, journal); // queued before the withdrawal, delivered after it
        assertThat(isStale(late)).as("the late v2 was dropped: %s", late.details()).isTrue();
        Receipt repeat = adapter().publish(v1, journal); // a repeat of v1's delivery, after the withdrawal
        assertThat(isStale(repeat)).as("the late repeat of v1 was dropped: %s", repeat.details()).isTrue();
        assertThat(isWithdrawn(v1)).isTrue();
        assertThat(isCurrent(v1)).as("v1 not back in public").isFalse();
        assertThat(isCurrent(v2)).as("v2 never public").isFalse();
    }

    @Test
    void contract_aWithdrawalOvertakingItsPublicationKeepsTheItemOffline() throws Exception {
        Publication v1 = samplePublication("contract-overtaken").withSequence(31);
        // The withdrawal is delivered while the publication is still on its way (a slow, lease-expired delivery):
        // the channel has never seen the item and must remember the withdrawal instead of refusing it.
        Receipt w = adapter().withdraw(Samples.withdrawal(v1, 1, 32), journal);
        assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        Receipt late = adapter().publish(v1, journal);
        assertThat(isStale(late)).as("the publication after its withdrawal was dropped: %s", late.details()).isTrue();
        assertThat(isCurrent(v1)).isFalse();
        assertThat(publicCopies(v1)).isZero();
    }

    @Test
    void contract_aRepeatWithTheSameKeyAndSequenceIsIdempotent() throws Exception {
        Publication v1 = samplePublication("contract-repeat").withSequence(41);
        Receipt first = adapter().publish(v1, journal);
        Receipt second = adapter().publish(v1, journal);
        assertThat(isStale(second)).as("a repeat is not stale").isFalse();
        assertThat(second.remoteId()).isEqualTo(first.remoteId());
        assertThat(second.publicUrl()).isEqualTo(first.publicUrl());
        assertThat(isCurrent(v1)).isTrue();
        assertThat(publicCopies(v1)).isEqualTo(1);
        Withdrawal w = Samples.withdrawal(v1, 1, 42);
        Receipt wr = adapter().withdraw(w, journal);
        Receipt again = adapter().withdraw(w, journal);
        assertThat(again.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(again.remoteId()).isEqualTo(wr.remoteId());
        assertThat(isCurrent(v1)).isFalse();
    }

    @Test
    void contract_sequenceZeroIsApplied() throws Exception {
        Publication v1 = samplePublication("contract-unnumbered").withSequence(51);
        Publication v2 = sampleVersion("contract-unnumbered", 2, 0); // from a dispatcher built against SPI 1.1
        adapter().publish(v1, journal);
        Receipt r = adapter().publish(v2, journal);
        assertThat(isStale(r)).as("sequence 0 is never stale").isFalse();
        assertThat(isCurrent(v2)).isTrue();
        assertThat(isCurrent(v1)).isFalse();
    }

    /**
     * Version {@code version} of {@link #samplePublication}'s item, with that version's title (第N季度), its own
     * idempotency key and the given sequence; everything else (attachments, cover) as the sample.
     */
    protected final Publication sampleVersion(String itemId, int version, long sequence) {
        Publication b = samplePublication(itemId);
        String key = b.idempotencyKey().replaceFirst(":v\\d+$", "") + ":v" + version;
        return new Publication(b.itemId(), version, key, b.indexNumber(),
                Samples.publication(itemId, version).title(), b.body(), b.attribute(), b.publisher(),
                b.documentNumber(), b.formedOn(), b.publishedAt(), b.validity(), b.catalogue(), b.attachments(),
                sequence);
    }

    private static boolean isStale(Receipt r) {
        return "true".equals(r.details().get(STALE));
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void contract_concurrentDeliveriesAreSafe() throws Exception {
        int items = 6;
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            pubs.add(samplePublication("contract-conc-" + i));
        }
        ChannelAdapter a = adapter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Receipt>> tasks = new ArrayList<>();
            for (int round = 0; round < 2; round++) { // every key twice, concurrently
                for (Publication p : pubs) {
                    tasks.add(() -> a.publish(p, journal));
                }
            }
            List<Future<Receipt>> results = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
            Set<String> ids = new HashSet<>();
            for (Future<Receipt> f : results) {
                ids.add(f.get().remoteId());
            }
            assertThat(ids).as("one remote id per item").hasSize(items);
            for (Publication p : pubs) {
                assertThat(publicCopies(p)).as("copies of %s", p.itemId()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
