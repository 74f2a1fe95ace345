"""A minimal, deterministic XLSX writer for the sample exports (no third-party packages): shared strings, numbers,
dates with a date style, bold header cells, merged ranges, column widths, several sheets. Not used by the product."""
import datetime
import zipfile
from xml.sax.saxutils import escape

FIXED = (2026, 11, 2, 9, 0, 0)


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []        # list of (row_number, [cells]) ; cell = None | str | (number) | ("date", date) | ("bold", str) | ("formula", f, cached)
        self.merges = []
        self.widths = {}

    def row(self, number, cells):
        self.rows.append((number, cells))


def write(path, sheets, creator="1C:Enterprise 8.3"):
    strings, index = [], {}

    def sid(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    for sh in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        if sh.widths:
            out.append("<cols>" + "".join(f'<col min="{c+1}" max="{c+1}" width="{w}" customWidth="1"/>' for c, w in sorted(sh.widths.items())) + "</cols>")
        out.append("<sheetData>")
        for number, cells in sh.rows:
            out.append(f'<row r="{number}">')
            for i, c in enumerate(cells):
                ref = f"{col_letter(i)}{number}"
                if c is None:
                    continue
                if isinstance(c, tuple) and c[0] == "date":
                    serial = (c[1] - datetime.date(1899, 12, 30)).days
                    out.append(f'<c r="{ref}" s="2"><v>{serial}</v></c>')
                elif isinstance(c, tuple) and c[0] == "bold":
                    out.append(f'<c r="{ref}" s="1" t="s"><v>{sid(c[1])}</v></c>')
                elif isinstance(c, tuple) and c[0] == "formula":
                    cached = "" if c[2] is None else f"<v>{c[2]}</v>"
                    out.append(f'<c r="{ref}" s="3"><f>{escape(c[1])}</f>{cached}</c>')
                elif isinstance(c, tuple) and c[0] == "num":
                    out.append(f'<c r="{ref}" s="3"><v>{c[1]}</v></c>')
                elif isinstance(c, str):
                    out.append(f'<c r="{ref}" t="s"><v>{sid(c)}</v></c>')
                else:
                    out.append(f'<c r="{ref}" s="3"><v>{c}</v></c>')
            out.append("</row>")
        out.append("</sheetData>")
        if sh.merges:
            out.append(f'<mergeCells count="{len(sh.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sh.merges) + "</mergeCells>")
        out.append("</worksheet>")
        sheet_xml.append("".join(out))

    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))]
    for s in strings:
        sst.append(f'<si><t xml:space="preserve">{escape(s)}</t></si>')
    sst.append("</sst>")

    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                + "".join(f'<sheet name="{escape(sh.name)}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, sh in enumerate(sheets))
                + "</sheets></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(sheets)))
            + f'<Relationship Id="rId{len(sheets)+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            + f'<Relationship Id="rId{len(sheets)+2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + "</Relationships>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     + "".join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
                     + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T09:00:00Z</dcterms:created></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        put("[Content_Types].xml", content_types)
        put("_rels/.rels", root_rels)
        put("docProps/core.xml", core)
        put("xl/workbook.xml", workbook)
        put("xl/_rels/workbook.xml.rels", rels)
        put("xl/styles.xml", styles)
        put("xl/sharedStrings.xml", "".join(sst))
        for i, x in enumerate(sheet_xml):
            put(f"xl/worksheets/sheet{i+1}.xml", x)
