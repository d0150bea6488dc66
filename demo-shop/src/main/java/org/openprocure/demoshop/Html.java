package org.openprocure.demoshop;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/** HTML escaping for the shop's pages, which may be written in ISO-8859-1. */
final class Html {

    static final String STYLE = """
            body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}td.number{text-align:right}
            small{color:#555}fieldset{margin:1em 0}label{margin-right:1em;white-space:nowrap}.error{color:#a00}
            """;

    private Html() {
    }

    /**
     * Escapes text for an element or a double-quoted attribute; characters that the page's charset
     * cannot encode become numeric character references.
     */
    static String escape(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    String character = new String(Character.toChars(codePoint));
                    if (encoder.canEncode(character)) {
                        escaped.append(character);
                    } else {
                        escaped.append("&#").append(codePoint).append(';');
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** Starts a page: doctype, head with charset, title and style, and the opening body tag. */
    static StringBuilder head(String language, String title, Charset charset) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"")
                .append(charset.name()).append("\">\n<title>").append(escape(title, charset)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }
}
