# The berkas/ folder (published documents and pictures) and the size limits of the files kampung reads.

## Size limits and kinds of file
K0700 = this is { $jenis }, not a regular file; kampung does not read it
    .hint = delete it, or replace it with a regular file saved from an editor
K0701 = the file is { $ukuran }, larger than the limit of { $batas }
    .hint = files under berkas/ may be at most { $batas }: compress the document or split it
K0702 = the file is { $ukuran }, larger than the limit of { $batas }
    .hint = text files may be at most { $batas }: split the text into several pages
K0703 = cannot read the file: { $sebab }
    .hint = check that the file is not open in another program, then try again
K0704 = line { $baris } is longer than { $batas } characters
    .hint = break the text into shorter lines; an empty line starts a new paragraph
berkas-special-fifo = a named pipe (FIFO)
berkas-special-socket = a socket
berkas-special-device = a device file
berkas-special-other = a special file
berkas-special-folder = a folder
berkas-size-mib = { $n } MiB
berkas-size-kib = { $n } KiB
berkas-size-bytes = { $n ->
        [one] 1 byte
       *[other] { $n } bytes
    }
berkas-size-over = { $ukuran } and a bit

## Names and kinds of files in berkas/
K0710 = the name `{ $nama }` is not valid text (it was probably copied from an old computer or a phone)
    .hint = rename it to `{ $saran }`
K0711 = the name `{ $nama }` has a character that cannot be part of a web address (< > " ' ` \ ? # % or a line break)
    .hint = rename it to `{ $saran }`
K0712 = `.{ $akhiran }` files can run script in a reader's browser, so they are not published from berkas/
    .hint = berkas/ publishes these kinds: { $daftar }; a web page belongs in halaman/ as Markdown, and a picture as JPEG or PNG
K0713 = a file without a kind (no ending like `.pdf`) is not published
    .hint = berkas/ publishes these kinds: { $daftar }; add the ending that fits what it holds
K0714 = kampung does not publish `.{ $akhiran }` files
    .hint = berkas/ publishes these kinds: { $daftar }; a web page belongs in halaman/ as Markdown, and a picture as JPEG or PNG
K0715 = the file is named `.{ $akhiran }` but does not hold a { $jenis }
    .hint = save it again from the program that made it (Word, Excel, a PDF printer), or give it the ending of what it really is
berkas-kind-pdf = PDF
berkas-kind-jpeg = JPEG picture
berkas-kind-png = PNG picture
berkas-kind-webp = WebP picture
berkas-kind-gif = GIF picture
berkas-kind-office = Word, Excel, PowerPoint or LibreOffice document
berkas-kind-office-lama = Word, Excel or PowerPoint 97-2003 document
berkas-kind-rtf = RTF document
berkas-kind-teks = CSV table or plain text
berkas-kind-zip = ZIP archive
berkas-kind-7z = 7-Zip archive
berkas-kind-rar = RAR archive
