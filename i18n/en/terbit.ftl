# Publishing a site: the site address (base_url) and where the site is published.
K1050 = the site address { $url } is inside the folder { $folder }, so search engines do not read its robots.txt (they only read { $robots })
    .hint = the sitemap is still written: submit { $sitemap } in Google Search Console, or publish the site at an address without a folder, like https://desa-kluncing.github.io/ or a domain of its own
