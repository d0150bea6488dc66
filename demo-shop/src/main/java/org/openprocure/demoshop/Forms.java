package org.openprocure.demoshop;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Query strings and application/x-www-form-urlencoded bodies, as ordered multi-valued parameters. */
final class Forms {

    private Forms() {
    }

    /** Adds the parameters of a query string or form body to {@code parameters}, decoding the bytes of each value in the charset. */
    static void parse(String encoded, Charset charset, Map<String, List<String>> parameters) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
    }

    static Map<String, List<String>> empty() {
        return new LinkedHashMap<>();
    }

    /** Returns the first value of the parameter, matching its name exactly, else in any letter case; null when absent. */
    static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    values = entry.getValue();
                    break;
                }
            }
        }
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Returns the values of every parameter named {@code variant} or starting with {@code variant-}. */
    static List<String> variantNames(Map<String, List<String>> parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (name.equals("variant") || name.startsWith("variant-")) {
                names.addAll(values);
            }
        });
        return names;
    }

    /** Returns the charset the Content-Type names, else UTF-8. */
    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String trimmed = parameter.strip();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = trimmed.substring("charset=".length()).replace("\"", "");
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
