package uk.safeguarding.training.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/** Reading the audit log: filters, paging and order in the database, the CSV export, and who may do it. */
@FixtureTest
class AuditLogIT {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditExport export;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;
    @Autowired
    PeopleFixture people;
    @Autowired
    PlatformTransactionManager transactions;

    /** The administrator reading the log. */
    private String admin;

    /** Entries of this test only: the actors carry a random tag. */
    private String tag;
    private String alice;
    private String bob;

    @BeforeEach
    void writeEntries() {
        admin = people.administrator().getEmail();
        tag = UUID.randomUUID().toString().substring(0, 8);
        alice = "alice." + tag + "@audit.test";
        bob = "bob." + tag + "@audit.test";
        audit.recordAs(alice, AuditAction.SIGN_IN, alice, "");
        audit.recordAs(alice, AuditAction.UNIT_CHANGED, "carol@audit.test", "Moved to 100% Science_Dept");
        audit.recordAs(bob, AuditAction.CERTIFICATE_REVOKED, "=HYPERLINK(\"http://evil.test\",\"Click\")", "Issued in error");
        audit.recordAs(bob, AuditAction.SIGN_IN_FAILED, bob, "Wrong email or password");
    }

    /**
     * An export runs in a read-only transaction, where PostgreSQL refuses writes: its entry goes in a transaction of
     * its own. Shown on H2 (which does not enforce read-only) by rolling the reader back: the entry stays. A write
     * transaction that rolls back still takes its entry with it.
     */
    @Test
    void an_entry_made_inside_a_read_only_transaction_is_written_on_its_own_and_one_inside_a_write_joins_it() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            audit.recordAs(alice, AuditAction.PERSONAL_DATA_EXPORTED, "read-only " + tag, "");
            status.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.recordAs(alice, AuditAction.PERSONAL_DATA_EXPORTED, "rolled back " + tag, "");
            status.setRollbackOnly();
        });

        assertThat(all(mine().withActions(Set.of(AuditAction.PERSONAL_DATA_EXPORTED)))).extracting(AuditEntry::getSubject)
                .containsExactly("read-only " + tag);
    }

    private AuditFilter mine() {
        return AuditFilter.everything().withActor(tag);
    }

    private List<AuditEntry> all(AuditFilter filter) {
        return AsUser.call(identity, admin, () -> audit.page(filter, 0, 1000));
    }

    @Test
    void entries_come_newest_first_and_page_in_the_database() {
        List<AuditEntry> everything = all(mine());
        assertThat(everything).extracting(AuditEntry::getAction).containsExactly(AuditAction.SIGN_IN_FAILED,
                AuditAction.CERTIFICATE_REVOKED, AuditAction.UNIT_CHANGED, AuditAction.SIGN_IN);
        assertThat(AsUser.call(identity, admin, () -> audit.count(mine()))).isEqualTo(4);
        assertThat(AsUser.call(identity, admin, () -> audit.page(mine(), 1, 2))).containsExactlyElementsOf(everything.subList(1, 3));
        audit.recordAs("outsider@audit.test", AuditAction.SIGN_IN, "outsider@audit.test", "");
        assertThat(AsUser.call(identity, admin, () -> audit.count(AuditFilter.everything()))).isGreaterThan(4);
    }

    @Test
    void each_filter_narrows_the_entries_and_they_combine() {
        assertThat(all(mine().withActions(Set.of(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED))))
                .extracting(AuditEntry::getActor).containsExactly(bob, alice);
        assertThat(all(mine().withActor("BOB." + tag))).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.CERTIFICATE_REVOKED);
        assertThat(all(mine().withText("hyperlink"))).extracting(AuditEntry::getAction).containsExactly(AuditAction.CERTIFICATE_REVOKED);
        assertThat(all(mine().withText("ISSUED IN"))).extracting(AuditEntry::getAction).containsExactly(AuditAction.CERTIFICATE_REVOKED);
        assertThat(all(mine().withText("100% science_"))).extracting(AuditEntry::getAction).containsExactly(AuditAction.UNIT_CHANGED);
        assertThat(all(mine().withText("1_0"))).as("_ and % are not wildcards").isEmpty();
        assertThat(all(mine().withText("issued").withActions(Set.of(AuditAction.SIGN_IN)))).isEmpty();
    }

    @Test
    void the_date_range_covers_whole_uk_days() {
        LocalDate today = LocalDate.now(clock);
        assertThat(all(mine().withDates(today, today))).hasSize(4);
        assertThat(all(mine().withDates(null, today))).hasSize(4);
        assertThat(all(mine().withDates(today.plusDays(1), null))).isEmpty();
        assertThat(all(mine().withDates(null, today.minusDays(1)))).isEmpty();
        assertThatThrownBy(() -> mine().withDates(today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the start date");
    }

    @Test
    void the_csv_export_has_the_filtered_entries_with_formulas_neutralised_and_is_itself_audited() throws Exception {
        AuditFilter filter = mine().withActions(Set.of(AuditAction.CERTIFICATE_REVOKED, AuditAction.UNIT_CHANGED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rows = AsUser.call(identity, admin, () -> export.csv(filter, out));

        byte[] bytes = out.toByteArray();
        assertThat(rows).isEqualTo(2);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(AuditExport.HEADERS);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("Actor")).isEqualTo(bob);
        assertThat(records.get(0).get("Action")).isEqualTo("Certificate revoked");
        assertThat(records.get(0).get("Subject")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"Click\")");
        assertThat(records.get(1).get("Details")).isEqualTo("Moved to 100% Science_Dept");
        assertThat(records.get(1).get("Time (UK)")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        List<AuditEntry> exports = AsUser.call(identity, admin, () -> audit.page(AuditFilter.everything()
                .withActions(Set.of(AuditAction.PERSONAL_DATA_EXPORTED)).withText(tag), 0, 10));
        assertThat(exports).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(admin);
            assertThat(e.getSubject()).isEqualTo("Audit log (CSV)");
            assertThat(e.getDetails()).isEqualTo("2 entries; actions=UNIT_CHANGED|CERTIFICATE_REVOKED, actor=" + tag
                    + ", text=, from=, to=");
        });
    }

    @ParameterizedTest(name = "{0} may not read or export the audit log")
    @EnumSource(value = Role.class, names = {"LEARNER", "MANAGER", "TRAINER"})
    void only_administrators_read_or_export_the_audit_log(Role role) {
        OrganisationUnit unit = people.unit("Audit readers");
        UserAccount person = switch (role) {
            case MANAGER -> people.manager("Manager", unit);
            case TRAINER -> people.person("Trainer", unit, LocalDate.now().minusYears(1), Role.TRAINER);
            default -> people.learner("Learner", unit);
        };
        String email = person.getEmail();
        assertThatThrownBy(() -> AsUser.call(identity, email, () -> audit.count(AuditFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, email, () -> audit.page(AuditFilter.everything(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, email, () -> audit.recent()))
                .isInstanceOf(AccessDeniedException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> AsUser.call(identity, email, () -> export.csv(AuditFilter.everything(), out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).as("nothing written before the check").isZero();
    }
}
