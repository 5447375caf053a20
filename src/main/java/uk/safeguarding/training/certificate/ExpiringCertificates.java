package uk.safeguarding.training.certificate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CertificateValidity;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * The certificates that stand {@link CertificateStatus#EXPIRING expiring} today, for the daily reminder job (no one
 * signed in; not for views): not revoked, not superseded by a later edition's certificate, still valid and within the
 * organisation's expiring window (decision 0010), held by someone still active.
 */
@Service
@Transactional(readOnly = true)
public class ExpiringCertificates {

    private final NamedParameterJdbcTemplate jdbc;

    ExpiringCertificates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One expiring certificate and the person to tell, by their current name and address. */
    public record Expiring(long certificateId, long userId, String email, String name, String course,
                           LocalDate validUntil) {
    }

    public List<Expiring> on(LocalDate today, ReminderTimings windows) {
        return jdbc.query("""
                select cert.id, u.id, u.email, u.display_name, cert.course_title, cert.valid_until from certificate cert
                  join user_account u on u.id = cert.user_id
                 where cert.revoked_at is null and u.active = true
                   and not exists (select 1 from certificate later where later.user_id = cert.user_id
                       and later.course_id = cert.course_id and later.edition_number > cert.edition_number
                       and later.revoked_at is null)
                """ + " and " + CertificateValidity.inDateSql("cert.valid_until", "today") + " and cert.valid_until <= :expiring",
                new MapSqlParameterSource("today", Date.valueOf(today))
                        .addValue("expiring", Date.valueOf(windows.expiringUntil(today))),
                (rs, i) -> new Expiring(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate()));
    }
}
