package uk.safeguarding.training.identity;

/**
 * What the administrators' people list shows.
 *
 * @param text   part of a name or email, any case; blank for everyone
 * @param unitId a unit whose people (and everyone below it) are shown; null for the whole organisation
 * @param status which people by whether they can sign in
 */
public record PeopleSearch(String text, Long unitId, Status status) {

    public enum Status {
        ALL("Everyone"), ACTIVE("Active"), DEACTIVATED("Deactivated");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static PeopleSearch everyone() {
        return new PeopleSearch("", null, Status.ALL);
    }
}
