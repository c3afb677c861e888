package org.teamaround.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.teamaround.common.error.ApiException;

/**
 * Where a newest-first list goes on: the last item's time and id (a keyset, so a deep page costs what the first one
 * does) and the number of the page that follows. Opaque to callers: they send back the `next` they were given.
 */
public record PageCursor(Instant at, UUID id, int page) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public String encode() {
        String plain = at.getEpochSecond() + "." + at.getNano() + "." + id + "." + page;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a caller sent back, or a 400 naming `parameter` when it is not one we gave out. */
    public static PageCursor decode(String parameter, String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\.");
            if (parts.length != 4) {
                throw new IllegalArgumentException("parts");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            int page = Integer.parseInt(parts[3]);
            if (page < 1 || page > PageRequest.MAX_PAGE) {
                throw new IllegalArgumentException("page");
            }
            return new PageCursor(at, UUID.fromString(parts[2]), page);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ApiException.invalid(parameter, "must be the next cursor of an earlier page");
        }
    }
}
