package org.teamaround.security.matrix;

/**
 * How to ask one operation: a valid request about the records of a {@link World} that the caller is asked about, so
 * that a caller allowed to use the operation gets 2xx and any other answer is the authorization's doing.
 */
@FunctionalInterface
public interface Recipe {

    Call call(World world, Caller caller);
}
