package kz.ustau.adapter.notice;

/** One block of a filled notice template, laid out alike in DOCX and PDF. */
sealed interface Block {
    /** The document's title, centred and bold. */
    record Title(String text) implements Block {}

    /** A subtitle under the title. */
    record Subtitle(String text) implements Block {}

    /** A line of the addressee block, set to the right. */
    record Address(String text) implements Block {}

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {}

    /** A row of the facts table. */
    record Row(String label, String value) implements Block {}

    /** A signature line: who signs, a line to sign on, the name. */
    record Signature(String label, String name) implements Block {}

    /** Extra space. */
    record Space() implements Block {}
}
