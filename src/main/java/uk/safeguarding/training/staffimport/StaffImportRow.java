package uk.safeguarding.training.staffimport;

import java.util.List;
import java.util.Set;
import uk.safeguarding.training.identity.EmailAddress;
import uk.safeguarding.training.identity.Role;

/**
 * What the import will do with one row of the file.
 *
 * @param cells          the row as written
 * @param outcome        created, updated, left unchanged or refused
 * @param changes        for an update, each change as "what: before → after"; empty otherwise
 * @param problems       for a refused row, every reason as "Row 7, name: ..."; empty otherwise
 * @param note           something the administrator should know that is not a change (e.g. the person is
 *                       deactivated and stays so); may be empty
 * @param unitId         the unit the person will be in (null when refused)
 * @param roles          the roles the person will have (empty when refused)
 * @param managedUnitIds the units the person will manage (empty when refused)
 */
public record StaffImportRow(StaffCsvRow cells, Outcome outcome, List<String> changes, List<String> problems, String note,
                             Long unitId, Set<Role> roles, Set<Long> managedUnitIds) {

    public enum Outcome {
        CREATE("New person"),
        UPDATE("Update"),
        UNCHANGED("No change"),
        REFUSED("Not imported");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StaffImportRow {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        roles = Set.copyOf(roles);
        managedUnitIds = Set.copyOf(managedUnitIds);
    }

    public static StaffImportRow refused(StaffCsvRow cells, List<String> problems) {
        return new StaffImportRow(cells, Outcome.REFUSED, List.of(), problems, "", null, Set.of(), Set.of());
    }

    public int row() {
        return cells.row();
    }

    /** The email as it will be stored (trimmed, lower case). */
    public String email() {
        return EmailAddress.normalise(cells.email());
    }
}
