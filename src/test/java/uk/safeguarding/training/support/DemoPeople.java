package uk.safeguarding.training.support;

/**
 * Which demo person each test class uses, so tests sharing one application never trip over each other's progress.
 * The demo states (see demo.DemoTraining) are: not started (most), in progress (isla.kelly, jamal.lewis),
 * due soon (jamal.lewis), overdue (maya.owen in Schools, katie.morgan, liam.nolan), completed (aisha.khan,
 * farhan.ali), expiring (grace.hughes), expired with an overdue refresher (harry.jones). Units: Northgate (under
 * Schools): learner, aisha, ella, isla, maya, ryan; Riverside (under Schools): ben, farhan, jamal, noah, sophie;
 * Youth Service: chloe, grace, katie, olivia, tom; Quayside Hotel: daniel, harry, liam, priya, zara.
 * manager@demo.test manages Schools. The course has a second edition: uma.begum (Riverside) and victor.osei (Quayside
 * Hotel) are update required, wendy.price (Youth Service) did the update (EditionsIT reads these three).
 * Tests must not change the demo states listed above. Tests about one feature make their own people instead
 * ({@link FixtureTest}).
 */
public final class DemoPeople {

    /** LearnerJourneyIT: the whole course with a mouse. */
    public static final String LEARNER = "learner@demo.test";
    /** LearnerJourneyIT: resume after signing out. */
    public static final String RESUMER = "ben.carter@demo.test";
    /** LearnerJourneyIT: owner and intruder of a course address. */
    public static final String OWNER = "chloe.davies@demo.test";
    public static final String INTRUDER = "daniel.evans@demo.test";
    /** KeyboardJourneyIT. */
    public static final String KEYBOARD = "ella.green@demo.test";
    /** SmallScreenIT. */
    public static final String PHONE = "noah.patel@demo.test";
    /** The authoring browser tests: on version 1, then version 2. */
    public static final String ON_OLD_VERSION = "ryan.taylor@demo.test";
    public static final String ON_NEW_VERSION = "sophie.walker@demo.test";
    /** GradingBenchmark (its own application, not a test context). */
    public static final String BENCHMARK = "tom.young@demo.test";
    /** StaffImportJourneyIT and identity.StaffImportIT: the fixture moves them from Riverside to Northgate (still in Schools). */
    public static final String IMPORT_MOVED = "farhan.ali@demo.test";
    /** SignInIT lockout. */
    public static final String LOCKED = "zara.ahmed@demo.test";

    private DemoPeople() {
    }
}
