package uk.safeguarding.training.settings;

/**
 * Tests that change the organisation's settings run in a Spring context of their own (this property makes it
 * distinct), so the demo organisation other tests share keeps its name and contacts.
 */
public final class OrganisationSettingsContext {

    public static final String PROPERTY = "training.test.context=organisation-settings";

    private OrganisationSettingsContext() {
    }
}
