# Village budgets: apbdes/<year>.yaml. Money is written as the site shows it (IDR 1,220,937,619.09).
K0501 = the year is { $tahun } but the file is named { $nama }.yaml
    .hint = rename the file to apbdes/{ $tahun }.yaml, or correct `tahun`
K0502 = `{ $kode }` is not a { $bagian ->
        [pendapatan] revenue
        [penerimaan] financing receipt
       *[pengeluaran] financing expenditure
    } code of Permendagri 20/2018
    .hint = use one of { $daftar }; write it in quotes, like `kode: "{ $pertama }"`
K0503 = code { $kode } appears twice (first on line { $baris })
    .hint = put each code once; add the amounts together
K0504 = `realisasi` is missing, but the status is `realisasi`
    .hint = add `realisasi:` with the amount actually received or spent (0 if nothing)
K0505 = bidang { $bidang } does not exist; there are five, 1 to 5
    .hint = 1 Pemerintahan, 2 Pembangunan, 3 Pembinaan Kemasyarakatan, 4 Pemberdayaan Masyarakat, 5 Bencana/Darurat
K0506 = bidang { $bidang } appears twice (first on line { $baris })
    .hint = put each bidang once, with all its kegiatan
K0507 = the { $kolom } of bidang { $bidang } is { $tertulis } but its kegiatan add up to { $dihitung } (difference { $selisih }; the bidang's figure is { $arah ->
        [lebih] larger
       *[kurang] smaller
    })
    .hint = the kegiatan of a bidang must add up exactly to its { $kolom }, to the sen: correct the bidang's figure, or find the kegiatan that was typed wrongly
K0508 = jumlah.{ $kolom } is { $tertulis } but the lines add up to { $dihitung } (difference { $selisih }; the written figure is { $arah ->
        [lebih] larger
       *[kurang] smaller
    })
    .hint = correct the total, or find the line that was typed wrongly
K0509 = this { $status } budget does not balance: SiLPA is { $silpa } instead of { $nol }
    .hint = an adopted budget usually balances: pendapatan − belanja + penerimaan − pengeluaran pembiayaan = 0
# Money as the site shows it: the currency and the digit separators.
apbdes-rupiah = IDR { $angka }
apbdes-pemisah-ribuan = {","}
apbdes-pemisah-desimal = {"."}
