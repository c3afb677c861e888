package org.teamaround.config;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One field of one configuration record changed by one admin: a row of the append-only configuration history. */
@Entity
@Table(name = "config_change")
class ConfigChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "user_id", nullable = false)
    public String userId;

    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConfigEntity entity;

    @Column(name = "entity_key", nullable = false)
    public String entityKey;

    @Column(nullable = false)
    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Override
    public String toString() {
        return "ConfigChange[" + id + " " + entity + " " + entityKey + " " + field + "]";
    }
}
