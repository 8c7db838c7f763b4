# kampung init: starting a site from an official area code.
K1000 = the folder { $path } is not empty; kampung init writes only into a new or empty folder
    .hint = name a new folder, like `kampung init situs-desa --desa 35.10.24.2007`; to add a village to an existing site, run the command in the site's folder (the one holding content/site.yaml)
K1001 = { $n } villages are named `{ $nama }`
    .hint = write the code of the village you mean
K1002 = no desa or kelurahan is named `{ $nama }` in the official Kemendagri list
    .hint = check the spelling, or write the village's code
K1003 = no desa or kelurahan has the code { $kode } in the official Kemendagri list
    .hint = copy the code from the village's official letters or from Prodeskel; it looks like `35.10.24.2007` (province.regency.district.village)
K1004 = `{ $kode }` is not a complete village code
    .hint = a village code has 10 digits: `35.10.24.2007` (with dots) or `3510242007` (without)
K1005 = no regency or city is named `{ $nama }` in the official Kemendagri list
    .hint = check the spelling, or write the regency's code, like `35.10`
K1006 = no regency or city has the code { $kode } in the official Kemendagri list
    .hint = a regency's code is the first four digits of its villages' codes, like `35.10` for Kabupaten Banyuwangi
K1007 = `{ $kode }` is not a regency code
    .hint = a regency code has 4 digits: `35.10` (with a dot) or `3510` (without)
K1008 = { $n } regencies or cities are named `{ $nama }`
    .hint = write the code of the one you mean
K1010 = { $nama } ({ $kode }) is already in this site, in { $path }
    .hint = edit the files in that folder; to start that village again, first move its folder out of content/
mulai-candidate = { $nama }, { $kecamatan } district, { $kabupaten }, { $provinsi }: { $kode }
mulai-candidate-regency = { $nama }, { $provinsi }: { $kode }
mulai-more = ... and { $n } more; add the district or regency after a comma to narrow it down
mulai-hint-candidates = write the code of the village you mean, like `--desa { $kode }`, or add its district after a comma: `--desa "{ $nama }, { $kecamatan }"`. The candidates:{ $daftar }
mulai-hint-nearest = check the spelling, or write the village's code. The nearest names:{ $daftar }
mulai-hint-regency-candidates = write the code of the one you mean, like `--kabupaten { $kode }`. The candidates:{ $daftar }
mulai-hint-nearest-regency = check the spelling, or write the regency's code. The nearest names:{ $daftar }
mulai-created = Created the site { $judul } in { $path } ({ $berkas } files).
    Next: preview it with `kampung serve --root { $path } --open`, then fill in { $profil } first (the lines marked PERIKSA). The guide: docs/memulai.md.
mulai-created-portal = Created { $judul } in { $path }: { $n } desa and kelurahan, { $berkas } files.
    Next: preview it with `kampung serve --root { $path } --open`. The guide: docs/memulai.md.
mulai-added = Added { $judul } to the site in { $profil } ({ $berkas } files).
