package org.teamaround.security.matrix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every operation's recipe by operationId, gathered from the recipe files of each part of the API. */
public final class Recipes {

    private static final Map<String, Recipe> ALL = gather(List.of(ReferralRecipes.all(), CaseRecipes.all(),
            TeamRecipes.all(), ServiceRecipes.all()));

    private Recipes() {}

    public static Map<String, Recipe> all() {
        return ALL;
    }

    static Map.Entry<String, Recipe> op(String operationId, Recipe recipe) {
        return Map.entry(operationId, recipe);
    }

    /** An operation asked the same way of every caller: its path names no record of the world. */
    static Map.Entry<String, Recipe> fixed(String operationId, String path) {
        return op(operationId, (world, caller) -> Call.to(path));
    }

    private static Map<String, Recipe> gather(List<Map<String, Recipe>> parts) {
        Map<String, Recipe> all = new HashMap<>();
        for (Map<String, Recipe> part : parts) {
            part.forEach((operationId, recipe) -> {
                if (all.put(operationId, recipe) != null) {
                    throw new IllegalStateException("two recipes for " + operationId);
                }
            });
        }
        return Map.copyOf(all);
    }
}
