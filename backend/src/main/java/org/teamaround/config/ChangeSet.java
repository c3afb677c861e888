package org.teamaround.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields one change sets on one configuration record, each with its old and new value. Callers assign
 * through {@link #set}, which notes a real change and hands back the value to keep, so an unchanged field
 * stays the very same object and Hibernate writes nothing for it.
 */
public final class ChangeSet {

    /** One changed field, values as text (null where there was or is none). */
    public record FieldChange(String field, String oldValue, String newValue) {}

    private final ConfigEntity entity;
    private final String key;
    private final List<FieldChange> changes = new ArrayList<>();

    public ChangeSet(ConfigEntity entity, String key) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Notes `field` going from `old` to `value` unless they are equal (numbers by value: 18.50 is 18.5). */
    public <T> T set(String field, T old, T value) {
        if (same(old, value)) {
            return old;
        }
        changes.add(new FieldChange(field, text(old), text(value)));
        return value;
    }

    public ConfigEntity entity() {
        return entity;
    }

    public String key() {
        return key;
    }

    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static boolean same(Object old, Object value) {
        if (old instanceof BigDecimal a && value instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(old, value);
    }

    static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
