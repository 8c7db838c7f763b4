"""Writes an APBDes or statistics year (a kampung YAML file) as a spreadsheet the way a village
office keeps one, with real spreadsheet libraries rather than kampung itself:
openpyxl for .xlsx, odfpy for .ods, Python's csv module (";"-separated, as Excel
writes CSV in an Indonesian locale) for .csv.

    python3 office_sheet.py IN.yaml OUT.xlsx|OUT.ods|OUT.csv [--break=CELL=VALUE] [--drop=SHEET]

What a real office file has, and kampung must read: a merged title row above
the header, a "No" column, amounts as numbers with a Rupiah number format and
some as Rupiah text ("Rp 1.250.000"), a "Jumlah" total row, and an empty
trailing row. For error tests, `--break=Sheet!C5=text` overwrites one cell
(`#REF!` becomes a formula error cell in .xlsx) and `--drop=Sheet` leaves a
sheet out.

Used by tests/e2e/lembar.rs; its packages (openpyxl, odfpy, PyYAML) are
installed by .ci/run.
"""

import csv
import sys

import yaml


def rupiah_text(n):
    """1250000 as Indonesian spreadsheets show money: Rp 1.250.000."""
    return "Rp " + f"{n:,}".replace(",", ".")


def sheets(year):
    """The workbook as {sheet: rows}, rows as lists of cells (None is empty)."""
    info = [["tahun", year["tahun"]], ["status", year["status"]]]
    for key in ("sumber", "perdes"):
        if key in year:
            info.append([key, year[key]])
    title = lambda t: [t, None, None, None, None]
    revenue = [title("Pendapatan Desa"), ["No", "Kode", "Uraian", "Anggaran", "Realisasi"]]
    for i, line in enumerate(year.get("pendapatan") or []):
        # Every other amount as Rupiah text, the rest as numbers.
        amount = line["anggaran"] if i % 2 else rupiah_text(line["anggaran"])
        revenue.append([i + 1, line["kode"], line.get("uraian"), amount, line.get("realisasi")])
    total = sum(line["anggaran"] for line in year.get("pendapatan") or [])
    revenue.append([None, None, "Jumlah Pendapatan", total, None])
    revenue.append([None, None, None, None, None])
    spending = [["Belanja Desa", None, None, None, None, None],
                ["Bidang", "Kegiatan", "Anggaran", "Realisasi", "Sumber dana"]]
    for sector in year.get("belanja") or []:
        spending.append([sector["bidang"], None, sector["anggaran"], sector.get("realisasi"), None])
        for act in sector.get("kegiatan") or []:
            spending.append([None, act["uraian"], act["anggaran"], act.get("realisasi"),
                             act.get("sumber_dana")])
    financing = [["Kode", "Uraian", "Anggaran", "Realisasi"]]
    fin = year.get("pembiayaan") or {}
    for part in ("penerimaan", "pengeluaran"):
        for line in fin.get(part) or []:
            financing.append([line["kode"], line.get("uraian"), line["anggaran"], line.get("realisasi")])
    return {"APBDes": info, "Pendapatan": revenue, "Belanja": spending, "Pembiayaan": financing}


def statistics_sheets(year):
    """A statistics year: the Statistik sheet (its date a real date cell) and
    one sheet per category with a title, a No column and a JUMLAH row."""
    import datetime

    per = year["per"]
    if isinstance(per, str):
        per = datetime.date.fromisoformat(per)
    book = {"Statistik": [["per", per], ["sumber", year.get("sumber")],
                          ["jumlah_penduduk", year["jumlah_penduduk"]]]}
    for slug, rows in (year.get("kategori") or {}).items():
        out = [["Statistik " + slug, None, None, None, None],
               ["No", "Kelompok", "Jumlah", "Laki-laki", "Perempuan"]]
        for i, row in enumerate(rows):
            out.append([i + 1, row["label"], row["jumlah"], row.get("laki_laki"), row.get("perempuan")])
        out.append([None, "JUMLAH", sum(r["jumlah"] for r in rows), None, None])
        out.append([None, None, None, None, None])
        book[slug] = out
    return book


def apply_breaks(book, breaks):
    for spec in breaks:
        cell, value = spec.split("=", 1)
        sheet, ref = cell.split("!")
        col = ord(ref[0]) - ord("A")
        row = int(ref[1:]) - 1
        rows = book[sheet]
        while len(rows) <= row:
            rows.append([])
        while len(rows[row]) <= col:
            rows[row].append(None)
        rows[row][col] = value


def write_xlsx(book, path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in book.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, int) and cell.column > 1 and name != "Statistik" and name in ("Pendapatan", "Belanja", "Pembiayaan"):
                    cell.number_format = '"Rp"#,##0'
        if name not in ("APBDes", "Pembiayaan", "Statistik"):
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    wb.save(path)


def write_ods(book, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in book.items():
        table = Table(name=name)
        for row in rows:
            tr = TableRow()
            for value in row:
                if value is None:
                    tr.addElement(TableCell())
                elif hasattr(value, "isoformat"):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                    cell.addElement(P(text=value.isoformat()))
                    tr.addElement(cell)
                elif isinstance(value, int):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(path)


def write_csv(book, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter=";")
        for name, rows in book.items():
            out.writerow([name])
            for row in rows:
                out.writerow(["" if v is None else (v.isoformat() if hasattr(v, "isoformat") else v) for v in row])


def main():
    src, dst = sys.argv[1], sys.argv[2]
    breaks = [a.split("--break=", 1)[1] for a in sys.argv[3:] if a.startswith("--break=")]
    with open(src, encoding="utf-8") as f:
        year = yaml.safe_load(f)
    book = statistics_sheets(year) if "jumlah_penduduk" in year else sheets(year)
    apply_breaks(book, breaks)
    for name in [a.split("=", 1)[1] for a in sys.argv[3:] if a.startswith("--drop=")]:
        book.pop(name, None)
    if dst.endswith(".xlsx"):
        write_xlsx(book, dst)
    elif dst.endswith(".ods"):
        write_ods(book, dst)
    else:
        write_csv(book, dst)


if __name__ == "__main__":
    main()
