package uk.safeguarding.training.staffimport;

import uk.safeguarding.training.shared.Refusal;

/**
 * People or units changed between the preview and the confirmation, so the import would not do what the
 * administrator saw. Nothing was written; {@link #freshPlan()} is the preview as things are now.
 */
public class StaffImportChangedException extends Refusal {

    private final transient StaffImportPlan freshPlan;

    public StaffImportChangedException(StaffImportPlan freshPlan) {
        super("People or units changed since the preview; nothing was imported. Check the new preview and confirm again.");
        this.freshPlan = freshPlan;
    }

    public StaffImportPlan freshPlan() {
        return freshPlan;
    }
}
