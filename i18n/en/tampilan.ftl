# Theme, templates, Markdown and links (K0800-K0899).
K0801 = theme `{ $nama }` not found: there is no folder { $folder }
    .hint = remove `tema:` to use the built-in default theme, or create the theme folder
K0802 = the template is not UTF-8 text
    .hint = open the template and save it again with the encoding UTF-8 (in Notepad: Save As, Encoding: UTF-8)
K0803 = language `{ $bahasa }` has no UI strings: { $berkas } is missing
    .hint = copy the theme's i18n/en.yaml to i18n/{ $bahasa }.yaml and translate it
K0804 = the file is not UTF-8 text
    .hint = open the file and save it again with the encoding UTF-8 (in Notepad: Save As, Encoding: UTF-8)
K0805 = { $n } month names instead of 12
    .hint = write the 12 month names under `format.bulan`, January to December
K0806 = UI string `{ $kunci }` is missing
    .hint = add it under `teks:`, translated into this file's language
K0810 = the template `{ $templat }` could not be filled in: { $sebab }
    .hint = fix the template (see https://keats.github.io/tera/), or delete your copy in templates/ to use the theme's own
K0811 = the template has a mistake: { $sebab }
    .hint = fix the template syntax at the line and column shown; see https://keats.github.io/tera/
K0820 = the picture `{ $gambar }` has no description
    .hint = describe what it shows between the brackets, for people who cannot see it: ![Balai desa dari depan](berkas/balai.jpg)
K0821 = the { $jenis ->
        [gambar] picture
       *[tautan] link
    } `{ $alamat }` is not allowed: `{ $skema }:` addresses are not allowed in links; allowed are { $boleh }, or a path to a page or file of the village
    .hint = link to a web page with `https://...`, to a file with `berkas/nama-berkas.pdf`, or to a page with `halaman/nama.md`; pictures and files belong in the village's berkas/ folder
K0822 = the { $jenis ->
        [gambar] picture
       *[berkas] file
    } `{ $berkas }` does not exist
    .hint = check the spelling (names are case-sensitive) or add the file to the village's berkas/ folder
K0823 = the link points to `{ $berkas }`, which is a draft and is not published
    .hint = publish that page (remove `draf: true`) or remove the link
K0824 = the link points to `{ $berkas }`, which is not a page of this village
    .hint = link to a page by its file name relative to the village folder, like `halaman/sejarah.md`
K0825 = the link `{ $tautan }` leads to an address the site does not have ({ $alamat })
    .hint = link to a page of the village by its file name (`halaman/sejarah.md`) and to a file with `berkas/` in front (`berkas/formulir.pdf`)
K0826 = the { $jenis ->
        [gambar] picture
       *[tautan] link
    } `{ $tautan }` has a space in its address, so it is not read as a { $jenis ->
        [gambar] picture
       *[tautan] link
    } and shows as plain text
    .hint = rename the file without spaces and write its new address: `{ $saran }`; or put the address between angle brackets: `<{ $tautan }>`

# A suggestion for a link, when a target is close.
tampilan-hint-did-you-mean = did you mean `{ $saran }`?
# The file exists under berkas/ but the prefix is missing.
tampilan-hint-berkas-prefix = that file is in the berkas/ folder: write `{ $saran }`
