package org.zwgk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.zwgk.testing.TestDatabase;

/**
 * V11 keeps event details in the row on H2 (a CLOB over 256 bytes is a separate LOB write per insert), and a dialect
 * written before the {@code longtext} placeholder existed still migrates, keeping its {@code text} type.
 */
class LongTextMigrationTest {

    @Test
    void eventDetailsAreInRowOnH2() throws Exception {
        DataSource ds = TestDatabase.H2.fresh();
        try (Connection c = ds.getConnection()) {
            Migrations.migrate(c, Dialect.H2, Clock.systemUTC());
            assertThat(detailsType(c)).isEqualTo("CHARACTER VARYING");
        }
    }

    @Test
    void aDialectThatDoesNotKnowLongtextGetsItsTextType() throws Exception {
        Dialect older = new Dialect() { // as a third-party dialect written against V1–V10 would be
            @Override
            public String name() {
                return "h2";
            }

            @Override
            public String type(String placeholder) {
                if (placeholder.equals("longtext")) {
                    throw new IllegalArgumentException(placeholder);
                }
                return Dialect.H2.type(placeholder);
            }

            @Override
            public String upsertJournal() {
                return Dialect.H2.upsertJournal();
            }
        };
        DataSource ds = TestDatabase.H2.fresh();
        try (Connection c = ds.getConnection()) {
            Migrations.migrate(c, older, Clock.systemUTC());
            assertThat(Migrations.installedVersion(c)).isEqualTo(Migrations.latestVersion());
            assertThat(detailsType(c)).isEqualTo("CHARACTER LARGE OBJECT");
        }
    }

    private static String detailsType(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DATA_TYPE FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ZWGK_EVENT' AND COLUMN_NAME = 'DETAILS'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
