/** The head of a page (title, Open Graph, Twitter card), derived once from the page's facts. */
export interface PageMetaInput {
  title: string;
  description: string;
  siteName: string;
  /** Use the title as it is, without " · site name". */
  bareTitle: boolean;
  /** Absolute URL of the page's Open Graph image. */
  image: string;
  canonical: string;
  lang: string;
}

export function pageMeta(input: PageMetaInput) {
  const { title, description, siteName, bareTitle, image, canonical, lang } = input;
  return {
    title: bareTitle || title === siteName ? title : `${title} · ${siteName}`,
    openGraph: {
      'og:type': 'website',
      'og:site_name': siteName,
      'og:title': title,
      'og:description': description,
      'og:url': canonical,
      'og:locale': lang.replace('-', '_'),
      'og:image': image,
      'og:image:width': '1200',
      'og:image:height': '630',
    },
    twitter: {
      'twitter:card': 'summary_large_image',
      'twitter:title': title,
      'twitter:description': description,
      'twitter:image': image,
    },
  };
}
