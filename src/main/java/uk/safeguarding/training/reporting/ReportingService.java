package uk.safeguarding.training.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.reporting.internal.ReportQuery;

/**
 * Who is trained, overdue or expiring. A manager sees the units they manage and everything below them, an
 * administrator everything; the scope is added to every query here, whatever filter arrives.
 *
 * <p>Reads the tables directly with SQL: a read model that pages, counts and filters in the database.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class ReportingService {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final IdentityService identity;
    private final OrganisationService organisation;
    private final Clock clock;
    private final CourseCatalog catalog;

    ReportingService(NamedParameterJdbcTemplate jdbc, DataSource dataSource, IdentityService identity,
                     OrganisationService organisation, Clock clock, CourseCatalog catalog) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        // Rows arrive in batches rather than all at once (PostgreSQL streams only inside a transaction, as here).
        fetching.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.identity = identity;
        this.organisation = organisation;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** The units the reader may filter by: all for an administrator, the managed units and below for a manager. */
    public List<OrganisationUnit> units() {
        return scope().filter(identity.allUnits());
    }

    /**
     * The figures, the chart and the grid's size for a filter, from one grouped statement (one pass over the rows the
     * filter selects, rather than one for the figures, one for the chart and one for the grid's count).
     */
    public ReportOverview overview(ReportFilter filter) {
        ReportQuery query = query(filter);
        Map<String, UnitTotals> byPath = new LinkedHashMap<>();
        jdbc.query(query.totalsByUnitPath(), query.params(), rs -> {
            byPath.put(rs.getString(1), new UnitTotals(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)));
        });
        UnitTotals total = byPath.values().stream().reduce(UnitTotals.NONE, UnitTotals::plus);
        ReportSummary summary = new ReportSummary(total.people(), total.assignments(), total.compliant(),
                total.overdue(), total.expiring(), query.expiringWithinDays());
        return new ReportOverview(summary, complianceByUnit(filter, byPath));
    }

    public List<ReportRow> page(ReportFilter filter, ReportSort sort, boolean ascending, int offset, int limit) {
        ReportQuery query = query(filter);
        return jdbc.query(query.rows(sort.column, ascending, offset, limit), query.params(), (rs, i) -> query.map(rs));
    }

    /** Every row the filter shows, in name order, one at a time: exports never hold the whole report in memory. */
    public void forEach(ReportFilter filter, Consumer<ReportRow> row) {
        ReportQuery query = query(filter);
        streaming.query(query.allRows(), query.params(), rs -> {
            row.accept(query.map(rs));
        });
    }

    /**
     * Compliance per unit one level below the focus: the filtered unit, else the single managed unit, else the
     * organisation. Each bar counts the unit and everything below it.
     *
     * @param byPath per unit path, the figures of {@link ReportQuery#totalsByUnitPath}
     */
    private List<UnitCompliance> complianceByUnit(ReportFilter filter, Map<String, UnitTotals> byPath) {
        List<OrganisationUnit> bars = barsFor(filter);
        List<UnitCompliance> result = new ArrayList<>();
        for (OrganisationUnit bar : bars) {
            long assignments = 0;
            long compliant = 0;
            for (var entry : byPath.entrySet()) {
                if (entry.getKey().startsWith(bar.getPath())) {
                    assignments += entry.getValue().assignments();
                    compliant += entry.getValue().compliant();
                }
            }
            if (assignments > 0) {
                result.add(new UnitCompliance(bar.getId(), bar.getName(), assignments, compliant));
            }
        }
        result.sort(Comparator.comparing(UnitCompliance::unit));
        return result;
    }

    /** One unit's row of {@link ReportQuery#totalsByUnitPath}; a person belongs to one unit, so people add up too. */
    private record UnitTotals(long people, long assignments, long compliant, long overdue, long expiring) {

        static final UnitTotals NONE = new UnitTotals(0, 0, 0, 0, 0);

        UnitTotals plus(UnitTotals other) {
            return new UnitTotals(people + other.people, assignments + other.assignments, compliant + other.compliant,
                    overdue + other.overdue, expiring + other.expiring);
        }
    }

    private List<OrganisationUnit> barsFor(ReportFilter filter) {
        List<OrganisationUnit> visible = units();
        OrganisationUnit focus = filter.unitId() != null
                ? visible.stream().filter(u -> u.getId().equals(filter.unitId())).findFirst().orElse(null)
                : null;
        if (focus == null) {
            List<OrganisationUnit> tops = visible.stream()
                    .filter(u -> visible.stream().noneMatch(o -> o != u && u.getPath().startsWith(o.getPath()) && !o.getPath().equals(u.getPath())))
                    .toList();
            if (tops.size() != 1) {
                return tops;
            }
            focus = tops.getFirst();
        }
        OrganisationUnit parent = focus;
        List<OrganisationUnit> children = visible.stream()
                .filter(u -> u.getParent() != null && u.getParent().getId().equals(parent.getId())).toList();
        return children.isEmpty() ? List.of(focus) : children;
    }

    /** One person's attempts and certificates; refused for anyone outside the reader's scope. */
    public PersonHistory history(long userId) {
        var person = identity.findById(userId).orElseThrow(() -> new AccessDeniedException("No such person"));
        if (!scope().contains(person.getUnit())) {
            throw new AccessDeniedException("That person is not in a unit you manage");
        }
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("userId", userId);
        List<PersonHistory.AttemptLine> attempts = jdbc.query("""
                select c.title, at.number, at.submitted_at, at.score_percent, at.passed
                  from attempt at join enrolment e on e.id = at.enrolment_id
                  join assignment a on a.id = e.assignment_id join course c on c.id = a.course_id
                 where e.user_id = :userId and at.submitted_at is not null
                 order by at.submitted_at desc""", params, (rs, i) -> new PersonHistory.AttemptLine(rs.getString(1),
                rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getBoolean(5)));
        List<PersonHistory.CertificateLine> certificates = jdbc.query("""
                select course_title, code, completed_on, valid_until, revoked_at from certificate
                 where user_id = :userId order by issued_at desc""", params, (rs, i) -> new PersonHistory.CertificateLine(
                rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getTimestamp(5) != null));
        // Titles come from the version the play was made in (its definition is cached by the catalog).
        List<PersonHistory.ScenarioPlayLine> plays = jdbc.query("""
                select c.title, sp.course_version_id, sp.scenario_id, sp.finished_at, sp.outcome, sp.attempt_id
                  from scenario_play sp join enrolment e on e.id = sp.enrolment_id
                  join assignment a on a.id = e.assignment_id join course c on c.id = a.course_id
                 where e.user_id = :userId and sp.finished_at is not null
                 order by sp.finished_at desc, sp.id desc""", params, (rs, i) -> new PersonHistory.ScenarioPlayLine(
                rs.getString(1), catalog.definition(rs.getLong(2)).scenario(rs.getString(3))
                        .map(ScenarioDefinition::title).orElse(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getString(5).toLowerCase(Locale.ROOT), rs.getObject(6) != null));
        return new PersonHistory(person.getDisplayName(), person.getEmail(), person.getUnit().getName(), attempts,
                certificates, plays);
    }

    private ReportQuery query(ReportFilter filter) {
        VisibleUnits scope = scope();
        String unitPath = filter.unitId() == null ? null
                : identity.unit(filter.unitId()).map(OrganisationUnit::getPath).orElse("/none/");
        // The catalog keeps each published (immutable) version's definition in memory, so this is no query per row.
        return new ReportQuery(filter, scope, unitPath, LocalDate.now(clock), organisation.reminderTimings(),
                versionId -> catalog.definition(versionId).scenarios().size());
    }

    /** Everything for an administrator, the managed units and below for a manager; refused for anyone else. */
    private VisibleUnits scope() {
        return identity.reportScope();
    }
}
