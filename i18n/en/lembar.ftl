# Spreadsheets: apbdes/<tahun>.xlsx, .ods or .csv instead of a YAML file.
K1300 = this spreadsheet cannot be read ({ $sebab })
    .hint = open the file in Excel or LibreOffice and save it again as .xlsx (Excel Workbook), .ods or .csv
K1301 = the sheet `{ $lembar }` is not in this file (its sheets: { $ada })
    .hint = name the sheet (the tab at the bottom) exactly `{ $lembar }`; the guide's budget-from-a-spreadsheet part shows the layout
K1302 = the sheet `{ $lembar }` has no header row with the column `{ $kolom }`
    .hint = write the column headers in one row above the figures, like `Kode | Uraian | Anggaran | Realisasi`
K1303 = the year { $tahun } is written twice: in `{ $pertama }` and in `{ $kedua }`
    .hint = keep one file per budget year: delete the other or move it out of the apbdes/ folder
K1304 = this cell holds the formula error `{ $galat }`
    .hint = fix the formula in Excel or LibreOffice (it points at a deleted cell or divides by zero), save, and build again
K1305 = a kegiatan in the sheet `{ $lembar }` comes before its bidang row
    .hint = above the first kegiatan, write the bidang row: the bidang number in the Bidang column, the Kegiatan column empty, and the bidang's total
