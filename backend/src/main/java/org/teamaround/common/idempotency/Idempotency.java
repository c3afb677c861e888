package org.teamaround.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;

/**
 * Lets a client retry a write safely: the same Idempotency-Key with the same request answers the record the
 * first call produced; the same key with another request is 422. Keys are per client and caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The record an earlier call with this key produced, if any; 422 when the key was used for another request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IdempotencyRecord> replay(String key, String operation, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        checkKey(key);
        Optional<IdempotencyRecord> earlier = IdempotencyRecord.findByIdOptional(new IdempotencyRecord.Key(caller(), key));
        earlier.filter(found -> !found.operation.equals(operation) || !found.requestHash.equals(hash(request)))
                .ifPresent(found -> {
                    throw ApiException.idempotencyKeyReused();
                });
        return earlier;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String key, String operation, Object request, int status, UUID resourceId) {
        if (key == null) {
            return;
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.clientId = caller();
        record.idemKey = key;
        record.operation = operation;
        record.requestHash = hash(request);
        record.status = status;
        record.resourceId = resourceId;
        record.createdAt = clock.instant();
        record.persist();
    }

    private static void checkKey(String key) {
        if (key.isBlank() || key.length() > 200) {
            throw ApiException.invalid(HEADER, "must be 1 to 200 characters");
        }
    }

    private String caller() {
        return user.clientId() + "/" + user.id();
    }

    private String hash(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }
}
