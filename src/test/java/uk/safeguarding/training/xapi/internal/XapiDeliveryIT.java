package uk.safeguarding.training.xapi.internal;

import uk.safeguarding.training.support.FixtureTest;

/** {@link XapiDeliveryContract} on the in-memory H2 database. */
@FixtureTest
class XapiDeliveryIT extends XapiDeliveryContract {
}
