package id.kube.admin.base.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny JSON writer for chart options (strings escaped, numbers as given; no reflection). */
public sealed interface Json {

    static Obj obj() {
        return new Obj(new LinkedHashMap<>());
    }

    static Arr arr(Object... values) {
        return new Arr(new ArrayList<>(Arrays.asList(values)));
    }

    static Arr arr(List<?> values) {
        return new Arr(new ArrayList<>(values));
    }

    record Obj(Map<String, Object> fields) implements Json {
        public Obj put(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("{");
            fields.forEach((name, value) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(quote(name)).append(':').append(write(value));
            });
            return out.append('}').toString();
        }
    }

    record Arr(List<Object> values) implements Json {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("[");
            for (Object value : values) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(write(value));
            }
            return out.append(']').toString();
        }
    }

    private static String write(Object value) {
        return switch (value) {
            case null -> "null";
            case Json json -> json.toString();
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case List<?> list -> arr(list).toString();
            default -> quote(value.toString());
        };
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
