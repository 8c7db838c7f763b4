# Population statistics: statistik/<year>.yaml, and the `statistik:` settings of site.yaml.
K1200 = a 16-digit number, like a NIK or a family card number; a statistics file holds counts, not people's data
    .hint = remove that number: NIKs and family card numbers are personal data and may not be published; write only the number of people per group
K1201 = the field `{ $kolom }` holds personal data; a statistics file holds counts per group only
    .hint = remove the field `{ $kolom }`: names, NIKs, addresses, birth dates and a person's RT/RW do not belong in statistics; write `label` and `jumlah` only
K1202 = the category `{ $kategori }` is unknown
K1203 = the label `{ $label }` is not in the list of the category `{ $kategori }`
K1204 = the category `{ $kategori }` adds up to { $jumlah }, but jumlah_penduduk is { $penduduk } (difference { $selisih }; the category is { $arah ->
        [lebih] over
       *[kurang] short
    })
    .hint = the rows of a category must add up to `jumlah_penduduk`; look for a mistyped row, or add a `BELUM MENGISI` row for the residents whose answer is not recorded
K1205 = jumlah is { $jumlah }, but laki_laki + perempuan = { $laki } + { $perempuan } = { $hasil }
    .hint = correct one of the three numbers until laki_laki plus perempuan equals jumlah
K1206 = the date `per` { $per } is not in { $tahun }, the year this file is named after
    .hint = write a date of { $tahun } in `per`, or name the file after the year of its figures
K1207 = the label `{ $label }` is already in this category (written `{ $pertama }`)
    .hint = merge the two rows into one, with both counts added
K1208 = penduduk.{ $kolom } in desa.yaml is { $desa }, but { $berkas } says { $statistik }
    .hint = make the numbers the same, or remove this one from desa.yaml: kampung takes it from the latest statistics
K1209 = the threshold { $ambang } is too small; small counts are only safely hidden with a threshold of at least 3
    .hint = write `ambang: 5` (the usual value), or at the least `ambang: 3`
K1210 = `{ $kategori }` is not a special category
    .hint = `kategori_khusus` only lists categories of specific personal data: golongan-darah, penyandang-cacat, penyakit-menahun, akseptor-kb, status-kehamilan, status-covid, akta-kelahiran, kepemilikan-kia, asuransi-kesehatan, bpjs-ketenagakerjaan
K1211 = the category `{ $kategori }` holds specific personal data (health, children or finances) and is not published
    .hint = its figures are still checked; to publish them, write `kategori_khusus: [{ $kategori }]` under `statistik:` in content/site.yaml
K1212 = `{ $ada }` is given without `{ $tidak }`
    .hint = give both, `laki_laki` and `perempuan`, or neither
K1213 = a statistics file is named after its year, like `statistik/2025.yaml`
    .hint = rename the file to the year of its figures with the ending .yaml; this file is not read
K1214 = the label is empty
    .hint = write a label from this category's official list, like `label: ISLAM`
# A close name.
statistik-hint-mirip = did you mean `{ $nama }`?
# A category that is unknown and close to nothing.
statistik-hint-kategori = write an official category name, like `{ $contoh }`; the admin guide lists them
# A close label.
statistik-hint-label = did you mean `{ $label }`?
# A label close to nothing.
statistik-hint-daftar = the labels of the category `{ $kategori }`: { $daftar }
