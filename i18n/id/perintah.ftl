# Perintah kampung dan pilihannya.
K0001 = bahasa `{ $bahasa }` tidak dikenal
    .hint = pilih `--bahasa id` (Bahasa Indonesia) atau `--bahasa en` (English); KAMPUNG_LANG juga menerima id atau en
    .judul = Bahasa pesan tidak dikenal
    .arti = Pilihan --bahasa (atau variabel KAMPUNG_LANG) hanya menerima id dan en.
    .contoh = kampung build --bahasa jawa
    .perbaikan = kampung build --bahasa id
