package org.teamaround.security.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fields of a JSON body held as maps and lists: every path to one, and changing or removing it. */
final class Paths {

    private Paths() {}

    /** Every path to a value, nested ones included (list items by index). */
    static List<List<String>> of(Object body) {
        List<List<String>> paths = new ArrayList<>();
        collect(body, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object node, List<String> at, List<List<String>> paths) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> step(value, at, String.valueOf(key), paths));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                step(list.get(i), at, String.valueOf(i), paths);
            }
        }
    }

    private static void step(Object value, List<String> at, String key, List<List<String>> paths) {
        List<String> path = new ArrayList<>(at);
        path.add(key);
        paths.add(path);
        collect(value, path, paths);
    }

    static void set(Object body, List<String> path, Object value) {
        Object parent = parent(body, path);
        String last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            fields.put(last, value);
        } else if (parent instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) list;
            items.set(Integer.parseInt(last), value);
        }
    }

    static void remove(Object body, List<String> path) {
        Object parent = parent(body, path);
        String last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            map.remove(last);
        } else if (parent instanceof List<?> list) {
            list.remove(Integer.parseInt(last));
        }
    }

    private static Object parent(Object body, List<String> path) {
        Object node = body;
        for (String step : path.subList(0, path.size() - 1)) {
            node = node instanceof Map<?, ?> map ? map.get(step) : ((List<?>) node).get(Integer.parseInt(step));
        }
        return node;
    }
}
