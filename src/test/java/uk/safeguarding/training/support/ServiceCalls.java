package uk.safeguarding.training.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;

/** Calls a service method by reflection, for the access tests that try every method of a service. */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /**
     * @param argument the value passed for each parameter type
     * @return what the call threw (the cause, not the reflection wrapper), or null when it returned
     */
    public static Throwable invoke(Object bean, Method method, Function<Class<?>, Object> argument) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(argument).toArray();
        try {
            method.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException | RuntimeException e) {
            return e;
        }
    }
}
