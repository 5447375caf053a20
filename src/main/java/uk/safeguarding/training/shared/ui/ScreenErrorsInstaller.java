package uk.safeguarding.training.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every session the one error handler of the screens ({@link ScreenErrors}). */
@Component
class ScreenErrorsInstaller implements VaadinServiceInitListener {

    private final ScreenErrors errors = new ScreenErrors();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errors));
    }
}
