#!/usr/bin/env python3
"""Writes article.pdf: a two-page PDF with a text layer (Helvetica), made
by hand so the ingest tests need no PDF tool. Run: python3 make_pdf.py"""
import os

PAGES = [
    ["Harbour bridge to stay closed", "by Ana Reyes", "March 5, 2025",
     "The harbour bridge will stay closed until April, Mayor Oleksa Hrytsenko said on Tuesday.",
     "\"We cannot take risks with people's lives,\" he told reporters."],
    ["Engineers found cracks in two of the six piers, according to the port authority.",
     "About 120 households have been cut off since the storm."],
]


def page_stream(lines):
    out = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        out.append(f"({esc}) Tj T*")
    out.append("ET")
    return "\n".join(out).encode("latin-1")


def main():
    objs = []
    n_pages = len(PAGES)
    page_ids = [3 + 2 * i for i in range(n_pages)]
    font_id = 3 + 2 * n_pages
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(PAGES):
        content_id = page_ids[i] + 1
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode())
        stream = page_stream(lines)
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(data))
        data += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(data)
    data += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        data += f"{off:010d} 00000 n \n".encode()
    data += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "article.pdf"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
