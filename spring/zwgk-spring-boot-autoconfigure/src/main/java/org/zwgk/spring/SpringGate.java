package org.zwgk.spring;

import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.ZwgkException;

/**
 * The gate inside the caller's Spring transaction: {@link #current()} binds a {@link Gate} to the JDBC connection
 * of the transaction in progress, so obligations, outbox rows and lifecycle events commit or roll back with the
 * host's own rows — whether the transaction was begun by {@code @Transactional}, a {@code TransactionTemplate} or a
 * workflow engine using the same transaction manager.
 *
 * <pre>{@code
 * @Transactional
 * public void issue(String docId, String signer) {
 *     documents.markIssued(docId);              // the host's own row
 *     Gate gate = springGate.current();          // the same connection, the same transaction
 *     gate.publish(docId, signer);
 *     gate.require("issue:" + docId);            // UnmetObligationsException rolls both back
 * }
 * }</pre>
 *
 * <p>Without a transaction it refuses (ZWGK-7001) instead of running the gate in auto-commit mode, where a failure
 * after the gate call would leave the obligation recorded and the business step undone (or the reverse).
 */
public final class SpringGate {

    private final Zwgk zwgk;
    private final DataSource dataSource;

    /** @param dataSource the DataSource zwgk was built on (the one the transaction manager manages) */
    public SpringGate(Zwgk zwgk, DataSource dataSource) {
        this.zwgk = Objects.requireNonNull(zwgk, "zwgk");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The gate bound to the current transaction's connection; cheap, use it for this transaction only.
     *
     * @throws ZwgkException ZWGK-7001 without an active transaction, 7002 in a read-only one, 7003 when the
     *                       transaction holds no connection of zwgk's DataSource
     */
    public Gate current() {
        return zwgk.gate(connection());
    }

    /** The engine, for the operator API (outbox, deadlines) outside transactions. */
    public Zwgk zwgk() {
        return zwgk;
    }

    private Connection connection() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new ZwgkException(SpringErrors.NO_TRANSACTION);
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new ZwgkException(SpringErrors.READ_ONLY_TRANSACTION);
        }
        // The holder the transaction manager bound for this DataSource (DataSourceTransactionManager, and
        // JpaTransactionManager with a JDBC-exposing dialect). DataSourceUtils.getConnection would instead open a
        // new auto-commit connection when there is none, the very case this class exists to refuse.
        Object resource = TransactionSynchronizationManager.getResource(dataSource);
        if (!(resource instanceof ConnectionHolder holder)) {
            throw new ZwgkException(SpringErrors.OTHER_DATASOURCE, describe(dataSource));
        }
        return holder.getConnection();
    }

    private static String describe(DataSource ds) {
        // The class and identity only: toString() of some pools prints the JDBC URL, which may hold a password.
        return ds.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(ds));
    }

    @Override
    public String toString() {
        return "SpringGate[" + describe(dataSource) + "]";
    }
}
