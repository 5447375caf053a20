package uk.safeguarding.training.settings;

/** The public pages an administrator writes; each has its address and the default text it starts with. */
public enum PublicPageKind {
    PRIVACY("privacy", "Privacy notice", "/organisation/privacy-notice.md"),
    ACCESSIBILITY("accessibility", "Accessibility statement", "/organisation/accessibility-statement.md");

    private final String slug;
    private final String title;
    private final String defaultText;

    PublicPageKind(String slug, String title, String defaultText) {
        this.slug = slug;
        this.title = title;
        this.defaultText = defaultText;
    }

    /** The route and the stored key, e.g. {@code privacy}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    String defaultTextResource() {
        return defaultText;
    }
}
