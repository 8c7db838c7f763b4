# kampung serve and build --watch: listening, watching, and the overlay in the browser.
K0950 = cannot listen on { $alamat }: { $sebab }
    .hint = choose another port, like `kampung serve --port 8080`
K0951 = cannot watch files: { $sebab }
    .hint = try `--poll`, like `kampung serve --poll`
K0952 = cannot watch { $path }: { $sebab }
    .hint = try `--poll`, like `kampung serve --poll`
K0953 = the file watcher stopped
    .hint = stop kampung (Ctrl+C) and start it again
K0954 = the folder { $path } is gone, so edits are not seen; kampung waits for it to come back
    .hint = put the folder back (restore the backup, or rename the copy to `content`); kampung watches it again by itself
serve-watch-back = the folder { $path } is there again and is watched again; the whole site is rebuilt
# The overlay over a served page, and the page served when there is none.
serve-overlay-errors = kampung: the site has errors; the last good version is shown underneath.
serve-overlay-errors-first = kampung: the site has errors, so it cannot be built yet; fix them and save, and this page reloads by itself.
serve-overlay-watch-lost = kampung: edits are not seen right now; the last good version is shown underneath.
serve-page-errors = The site has errors; see the terminal.
serve-page-not-found = Not found
serve-no-browser = Could not open a browser; open { $url } yourself.
