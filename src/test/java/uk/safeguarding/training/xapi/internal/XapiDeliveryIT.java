package uk.safeguarding.training.xapi.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link XapiDeliveryContract} on the in-memory H2 database. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class XapiDeliveryIT extends XapiDeliveryContract {
}
