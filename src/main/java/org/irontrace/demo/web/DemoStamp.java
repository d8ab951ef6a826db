package org.irontrace.demo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.irontrace.demo.DemoWorld;

/**
 * The line a printed page of the demo world carries at its top and bottom, so that no page of it,
 * torn from a report or a trace, can be taken into a case file for a real one.
 */
final class DemoStamp {

	private static final float SIZE = 9;

	private static final float MARGIN = 14;

	private DemoStamp() {
	}

	static byte[] onEveryPage(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			for (PDPage page : document.getPages()) {
				PDRectangle box = page.getMediaBox();
				try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
						true, true)) {
					stream.setNonStrokingColor(0.75f, 0.1f, 0.1f);
					line(stream, font, box.getLowerLeftX() + MARGIN, box.getUpperRightY() - MARGIN);
					line(stream, font, box.getLowerLeftX() + MARGIN, box.getLowerLeftY() + MARGIN / 2);
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot mark the demo world's PDF", e);
		}
	}

	private static void line(PDPageContentStream stream, PDType1Font font, float x, float y) throws IOException {
		stream.beginText();
		stream.setFont(font, SIZE);
		stream.newLineAtOffset(x, y);
		stream.showText(DemoWorld.INVENTED);
		stream.endText();
	}
}
