package org.openprocure.outbound.pdf;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.openprocure.outbound.ubl.OrderDocument;
import org.openprocure.shared.Messages;

/**
 * Writes the printable purchase order that the e-mail channel attaches, with OpenPDF, in French or
 * English. French amounts and quantities get a decimal comma and a no-break space between
 * thousands, and French dates are written day/month/year.
 */
public final class OrderPdfWriter {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final float[] COLUMN_WIDTHS = {6, 14, 30, 10, 7, 12, 12, 12};

    private OrderPdfWriter() {
    }

    /** Writes the order in the language of the locale; anything but English is written in French. */
    public static byte[] write(OrderDocument order, Locale requested) {
        Locale locale = Messages.supported(requested);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, bytes);
            document.open();
            document.add(new Paragraph(label(locale, "outbound.pdf.title", order.number()), TITLE));
            if (order.cancellationReason() != null) {
                document.add(new Paragraph(label(locale, "outbound.pdf.cancelled", order.cancellationReason()), TITLE));
            } else if (order.revision() > 0) {
                document.add(new Paragraph(label(locale, "outbound.pdf.revision", order.revision()), TEXT));
            }
            document.add(new Paragraph(label(locale, "outbound.pdf.date", date(order.issuedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), locale)), TEXT));
            document.add(new Paragraph(label(locale, "outbound.pdf.buyer", order.buyer().name()), TEXT));
            document.add(new Paragraph(label(locale, "outbound.pdf.supplier", order.seller().name()), TEXT));
            document.add(new Paragraph(" ", TEXT));
            document.add(lines(order, locale));
            Paragraph total = new Paragraph(label(locale, "outbound.pdf.total", amount(order.total(), locale), order.currency()), HEADER);
            total.setAlignment(Element.ALIGN_RIGHT);
            document.add(total);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Writing the PDF of order " + order.number() + " failed", e);
        }
        return bytes.toByteArray();
    }

    private static PdfPTable lines(OrderDocument order, Locale locale) throws DocumentException {
        PdfPTable table = new PdfPTable(COLUMN_WIDTHS.length);
        table.setWidthPercentage(100);
        table.setWidths(COLUMN_WIDTHS);
        table.setHeaderRows(1);
        for (String column : new String[] {"line", "part", "description", "quantity", "unit", "unitPrice", "amount", "deliveryDate"}) {
            table.addCell(new PdfPCell(new Phrase(label(locale, "outbound.pdf.column." + column), HEADER)));
        }
        for (OrderDocument.Line line : order.lines()) {
            table.addCell(cell(line.lineNumber(), false));
            table.addCell(cell(line.supplierPartNumber() == null ? "" : line.supplierPartNumber(), false));
            table.addCell(cell(line.description(), false));
            table.addCell(cell(number(line.quantity(), locale), true));
            table.addCell(cell(line.unitCode(), false));
            String price = amount(line.unitPrice(), locale);
            if (line.priceBasisQuantity() != null && line.priceBasisQuantity().compareTo(BigDecimal.ONE) != 0) {
                price = label(locale, "outbound.pdf.pricePer", price, number(line.priceBasisQuantity(), locale));
            }
            table.addCell(cell(price, true));
            table.addCell(cell(amount(line.lineAmount(), locale), true));
            table.addCell(cell(line.deliveryDate() == null ? "" : date(line.deliveryDate(), locale), false));
        }
        return table;
    }

    private static PdfPCell cell(String text, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static String label(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    /** Formats an amount with two decimals, such as 1 234,50 in French and 1,234.50 in English. */
    static String amount(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(region(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return printable(format.format(amount));
    }

    /** Formats a quantity with the decimals it has, up to six. */
    static String number(BigDecimal quantity, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(region(locale));
        format.setMaximumFractionDigits(6);
        return printable(format.format(quantity));
    }

    /** Formats a date as 31/01/2027 in French and Jan 31, 2027 in English. */
    static String date(LocalDate date, Locale locale) {
        DateTimeFormatter format = Locale.ENGLISH.equals(locale) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US)
                : DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRANCE);
        return date.format(format);
    }

    private static Locale region(Locale locale) {
        return Locale.ENGLISH.equals(locale) ? Locale.UK : Locale.FRANCE;
    }

    /**
     * Replaces the narrow no-break space that French number formats use since JDK 13 with a plain
     * no-break space, which the standard PDF fonts can draw.
     */
    private static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }
}
